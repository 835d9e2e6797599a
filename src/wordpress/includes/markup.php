<?php
/**
 * The markup of the three elements, from a block's or a shortcode's attributes: every attribute checked against what
 * the element accepts (an allow-list, a pattern, a range or a URL) and escaped; anything else is left out, so the
 * element shows its default. Used by the blocks and the shortcodes alike.
 *
 * @package sid-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The elements: block name => tag. */
const SID_WIDGETS_ELEMENTS = array(
	'countdown'    => 'sid-countdown',
	'theme-banner' => 'sid-theme-banner',
	'tip-carousel' => 'sid-tip-carousel',
);

/** The official Safer Internet Day page. */
const SID_WIDGETS_OFFICIAL_PAGE = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';

/**
 * Each element's attributes and the check each passes: a list of allowed words (one of them, or with `*` first any
 * of them, space-separated), `bool`, `[int, min, max]`, or the name of a pattern in sid_widgets_patterns().
 *
 * @return array<string, array<string, mixed>>
 */
function sid_widgets_attributes() {
	$common = array(
		'lang'  => 'lang',
		'theme' => array( 'light', 'dark', 'auto' ),
	);
	return array(
		'sid-countdown'    => $common + array(
			'date'          => 'moment',
			'time-zone'     => 'zone',
			'now'           => 'moment',
			'units'         => array( '*', 'days', 'hours', 'minutes', 'seconds' ),
			'format'        => array( 'long', 'short', 'narrow' ),
			'heading-level' => array( 'int', 1, 6 ),
			'calendar'      => 'bool',
		),
		'sid-theme-banner' => $common + array(
			'year'           => array( 'int', 2004, 9999 ),
			'country'        => 'country',
			'heading'        => 'text',
			'message'        => 'text',
			'href'           => 'url',
			'cta'            => 'text',
			'layout'         => array( 'card', 'bar' ),
			'dismissible'    => 'bool',
			'dismiss-focus'  => 'id',
			'remember'       => 'bool',
			'show-countdown' => 'bool',
			'heading-level'  => array( 'int', 1, 6 ),
			'label'          => 'text',
			'calendar'       => 'bool',
			'show-helpline'  => 'bool',
		),
		'sid-tip-carousel' => $common + array(
			'audience'       => array( '*', 'children', 'teens', 'parents', 'educators', 'all' ),
			'topics'         => array( '*', 'privacy', 'passwords', 'kindness', 'misinformation', 'scams', 'wellbeing', 'help', 'all' ),
			'autoplay'       => 'bool',
			'interval'       => array( 'int', 3, 600 ),
			'shuffle'        => 'bool',
			'tip-of-the-day' => 'bool',
			'src'            => 'url',
			'label'          => 'text',
			'country'        => 'country',
		),
	);
}

/** The patterns a text attribute must match whole. */
function sid_widgets_patterns() {
	return array(
		'lang'    => '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/',
		'moment'  => '/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/',
		'zone'    => '/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+){0,2}$/',
		'country' => '/^[A-Za-z]{2}$/',
		'id'      => '/^[A-Za-z][A-Za-z0-9_\-:.]{0,63}$/',
	);
}

/**
 * One attribute's value as the element gets it, or null to leave it out.
 *
 * @param mixed $check What the attribute accepts (see sid_widgets_attributes()).
 * @param mixed $value The value given.
 * @return string|true|null A value, true for a boolean attribute that is on, or null.
 */
function sid_widgets_check( $check, $value ) {
	// false is a switch left off (a block's default), not the empty word of a shortcode's bare switch
	if ( false === $value || ! is_scalar( $value ) ) {
		return null;
	}
	if ( 'bool' === $check ) {
		return ( true === $value || in_array( strtolower( (string) $value ), array( '', '1', 'true', 'yes', 'on' ), true ) ) ? true : null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	if ( is_array( $check ) && 'int' === $check[0] ) {
		$number = filter_var( $value, FILTER_VALIDATE_INT );
		return ( false !== $number && $number >= $check[1] && $number <= $check[2] ) ? (string) $number : null;
	}
	if ( is_array( $check ) && '*' === $check[0] ) {
		$words = array_intersect( preg_split( '/[\s,]+/', strtolower( $value ) ), array_slice( $check, 1 ) );
		return $words ? implode( ' ', array_unique( $words ) ) : null;
	}
	if ( is_array( $check ) ) {
		return in_array( strtolower( $value ), $check, true ) ? strtolower( $value ) : null;
	}
	if ( 'text' === $check ) {
		$text = trim( wp_strip_all_tags( $value ) );
		return '' === $text ? null : mb_substr( $text, 0, 300 );
	}
	if ( 'url' === $check ) {
		$url = esc_url_raw( $value, array( 'http', 'https' ) );
		return '' === $url ? null : $url;
	}
	$patterns = sid_widgets_patterns();
	return preg_match( $patterns[ $check ], $value ) ? $value : null;
}

/**
 * Enqueues the script module the page's elements need: the element's own file while the page shows one kind of
 * element, the file with all three once it shows two kinds (each element's file carries Lit and what the elements
 * share: two of them would carry it twice).
 *
 * @param string $name The element's name in SID_WIDGETS_ELEMENTS, such as `countdown`.
 */
function sid_widgets_enqueue( $name ) {
	static $shown = array();
	$shown[ $name ] = true;
	// each element's height, kept until its script has defined it: the page does not move when it arrives
	wp_enqueue_style( 'sid-widgets-reserve' );
	if ( 1 === count( $shown ) ) {
		wp_enqueue_script_module( 'sid-widgets-' . $name );
		return;
	}
	foreach ( array_keys( SID_WIDGETS_ELEMENTS ) as $each ) {
		wp_dequeue_script_module( 'sid-widgets-' . $each );
	}
	wp_enqueue_script_module( 'sid-widgets' );
}

/**
 * The element's tag with its checked, escaped attributes, and content for a visitor without JavaScript; enqueues the
 * element's script module, so that only pages with an element load it.
 *
 * What authors may set is what they could put in the page themselves: `src` (a file the visitor's browser fetches)
 * only where everyone who wrote the content may post unfiltered HTML, and `now` (a frozen clock) only in a preview.
 *
 * @param string              $tag        The element, such as `sid-countdown`.
 * @param array<string,mixed> $attributes A shortcode's attributes (a bare word, `[sid_countdown calendar]`, turns a
 *                                        boolean on) or a block's (camelCase, as block.json names them).
 * @param string              $content    A shortcode's enclosed content (or all up to a stray closing tag): shown after
 *                                        the element, so that none of it is hidden once the element starts.
 * @return string The markup.
 */
function sid_widgets_render( $tag, $attributes, $content = '' ) {
	$accepted = sid_widgets_attributes()[ $tag ];
	$html     = '';
	$kept     = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			// a shortcode's bare word: a boolean attribute that is on
			list( $name, $value ) = array( strtolower( $value ), true );
		}
		$name = strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', (string) $name ) );
		if ( ! isset( $accepted[ $name ] ) || ! sid_widgets_author_may_set( $name ) ) {
			continue;
		}
		$checked = sid_widgets_check( $accepted[ $name ], $value );
		if ( true === $checked ) {
			$html .= ' ' . $name;
		} elseif ( null !== $checked ) {
			$html         .= sprintf( ' %s="%s"', $name, 'url' === $accepted[ $name ] ? esc_url( $checked ) : esc_attr( $checked ) );
			$kept[ $name ] = $checked;
		}
	}
	sid_widgets_enqueue( array_search( $tag, SID_WIDGETS_ELEMENTS, true ) );
	// the enclosed content was filtered when it was saved, as its author's role allows; shortcodes in it still run
	return sprintf( '<%1$s%2$s>%3$s</%1$s>%4$s', $tag, $html, sid_widgets_fallback( $tag, $kept ), do_shortcode( $content ) );
}

/**
 * Whether the content being rendered may set `$name`. `src` makes every visitor's browser fetch a file from wherever it
 * points and show it to children: only authors who may post unfiltered HTML (who could add a script as it is) may set
 * it, judged by the post's author and its last editor; content outside a post (a widget, a template) is the site
 * owner's. `now` freezes the clock: for previews, never on a published page.
 */
function sid_widgets_author_may_set( $name ) {
	if ( 'now' === $name ) {
		return is_preview();
	}
	if ( 'src' !== $name ) {
		return true;
	}
	$post = get_post();
	if ( ! $post ) {
		return true;
	}
	foreach ( array( $post->post_author, get_post_meta( $post->ID, '_edit_last', true ) ) as $user ) {
		if ( $user && ! user_can( (int) $user, 'unfiltered_html' ) ) {
			return false;
		}
	}
	return true;
}

/**
 * What a visitor without JavaScript sees, in the site's language (see sid_widgets_words()): the day and its date; for
 * a banner, its call to action too; for a carousel, the first tip for its first audience.
 *
 * @param string              $tag        The element.
 * @param array<string,mixed> $attributes Its attributes, checked, by name.
 * @return string The markup.
 */
function sid_widgets_fallback( $tag, $attributes = array() ) {
	$words = sid_widgets_words();
	if ( 'sid-tip-carousel' === $tag ) {
		$audience = strtok( (string) ( $attributes['audience'] ?? '' ), ' ' );
		$tip      = $words['tips'][ $audience ] ?? $words['tips']['children'];
		return sprintf( '<strong>%s</strong><br>%s', esc_html( $tip[0] ), esc_html( $tip[1] ) );
	}
	$date = sid_widgets_next_day( wp_date( 'Y-m-d' ) );
	$time = wp_date( get_option( 'date_format' ), strtotime( $date . ' 12:00:00 UTC' ), new DateTimeZone( 'UTC' ) );
	$day  = sprintf(
		'<a href="%s">%s</a>: <time datetime="%s">%s</time>',
		esc_url( SID_WIDGETS_OFFICIAL_PAGE ),
		esc_html( $words['day'] ),
		esc_attr( $date ),
		esc_html( $time )
	);
	if ( 'sid-theme-banner' !== $tag ) {
		return $day;
	}
	$href = is_string( $attributes['href'] ?? null ) ? $attributes['href'] : SID_WIDGETS_OFFICIAL_PAGE;
	$cta  = is_string( $attributes['cta'] ?? null ) ? $attributes['cta'] : $words['cta'];
	return sprintf( '%s<br><a href="%s">%s</a>', $day, esc_url( $href ), esc_html( $cta ) );
}

/**
 * What a visitor without the script reads (the day's name, the banner's call to action, a first tip for each
 * audience), in the site's language where WordPress writes its dates in that language too (its month names are
 * translated), so that the text is in one language; else in English.
 *
 * @return array<string, mixed>
 */
function sid_widgets_words() {
	static $all = null;
	if ( null === $all ) {
		$all = include __DIR__ . '/words.php';
	}
	global $wp_locale;
	if ( ! $wp_locale || 'February' === $wp_locale->get_month( 2 ) ) {
		return $all['en'];
	}
	$locale  = str_replace( '_', '-', determine_locale() );
	$scripts = array(
		'zh-CN' => 'zh-Hans',
		'zh-SG' => 'zh-Hans',
		'zh-TW' => 'zh-Hant',
		'zh-HK' => 'zh-Hant',
	);
	foreach ( array( $scripts[ $locale ] ?? '', $locale, strtok( $locale, '-' ) ) as $tag ) {
		if ( '' !== $tag && isset( $all[ $tag ] ) ) {
			return $all[ $tag ];
		}
	}
	return $all['en'];
}

/**
 * The date of the Safer Internet Day that is `$today` or next: the Tuesday between 5 and 11 February (the library's
 * calendar, src/calendar/calendar.ts, is the reference; the elements replace this text when they start).
 */
function sid_widgets_next_day( $today ) {
	$year = (int) substr( $today, 0, 4 );
	foreach ( array( $year, $year + 1 ) as $candidate ) {
		$weekday = (int) gmdate( 'w', gmmktime( 0, 0, 0, 2, 5, $candidate ) );
		$date    = sprintf( '%04d-02-%02d', $candidate, 5 + ( ( 2 - $weekday + 7 ) % 7 ) );
		if ( $date >= $today ) {
			return $date;
		}
	}
	return $date;
}
