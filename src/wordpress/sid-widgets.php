<?php
/**
 * Plugin Name:       Safer Internet Day widgets
 * Description:       A countdown to Safer Internet Day, the year's theme, and online-safety tips for children, teens, parents and educators, in 53 languages: three blocks and three shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sid-widgets
 *
 * @package sid-widgets
 */

defined( 'ABSPATH' ) || exit;

const SID_WIDGETS_VERSION = '0.1.0';

require_once __DIR__ . '/includes/markup.php';

add_action( 'init', 'sid_widgets_register' );
add_action( 'wp_enqueue_scripts', 'sid_widgets_enqueue_early' );

/**
 * The script modules (the library, bundled in assets/: no remote code), the blocks, their editor script and the
 * shortcodes.
 */
function sid_widgets_register() {
	wp_register_script(
		'sid-widgets-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
		SID_WIDGETS_VERSION,
		true
	);
	wp_register_style( 'sid-widgets-reserve', plugins_url( 'assets/reserve.css', __FILE__ ), array(), SID_WIDGETS_VERSION );
	wp_register_script_module( 'sid-widgets', plugins_url( 'assets/sid-widgets.js', __FILE__ ), array(), SID_WIDGETS_VERSION );
	foreach ( SID_WIDGETS_ELEMENTS as $name => $tag ) {
		wp_register_script_module( 'sid-widgets-' . $name, plugins_url( 'assets/' . $tag . '.js', __FILE__ ), array(), SID_WIDGETS_VERSION );
		register_block_type(
			__DIR__ . '/blocks/' . $name,
			array(
				// only the attributes block.json declares, which WordPress has checked against their declared types
				'render_callback' => function ( $attributes, $content, $block ) use ( $tag ) {
					return sid_widgets_render( $tag, array_intersect_key( (array) $attributes, (array) $block->block_type->attributes ) );
				},
			)
		);
		add_shortcode(
			str_replace( '-', '_', $tag ),
			function ( $attributes, $content = null ) use ( $tag ) {
				return sid_widgets_render( $tag, (array) $attributes, (string) $content );
			}
		);
	}
}

/**
 * Enqueues the modules a singular page's content needs before its head is printed (a classic theme prints it before the
 * content, where the blocks and shortcodes enqueue them too).
 */
function sid_widgets_enqueue_early() {
	$post = get_post();
	if ( ! is_singular() || ! $post ) {
		return;
	}
	foreach ( SID_WIDGETS_ELEMENTS as $name => $tag ) {
		if ( has_block( 'sid-widgets/' . $name, $post ) || has_shortcode( $post->post_content, str_replace( '-', '_', $tag ) ) ) {
			sid_widgets_enqueue( $name );
		}
	}
}
