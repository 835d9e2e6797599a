import { expect } from '@open-wc/testing';

/**
 * The blocks' editor script (src/wordpress/editor.js) against a stand-in for WordPress's `wp` global: the three blocks
 * register, each with its settings in words for every attribute its block.json declares, wired to setAttributes. The
 * published page is tested in a real WordPress (npm run test:wordpress).
 */
interface Node {
  type: unknown;
  props: Record<string, unknown>;
  children: unknown[];
}
type Settings = { edit: (props: unknown) => Node; save: () => unknown };

const registered: Record<string, Settings> = {};
const createElement = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): Node => ({
  type,
  props: props ?? {},
  children: children.flat(),
});
Object.assign(window, {
  wp: {
    blocks: {
      registerBlockType: (name: string, settings: Settings) => (registered[name] = settings),
      getBlockType: (name: string) => ({ title: `title of ${name}` }),
    },
    element: { createElement, Fragment: 'Fragment' },
    blockEditor: { InspectorControls: 'InspectorControls', useBlockProps: (props?: object) => props ?? {} },
    components: {
      PanelBody: 'PanelBody',
      SelectControl: 'SelectControl',
      TextControl: 'TextControl',
      ToggleControl: 'ToggleControl',
    },
  },
});

/** Every control in a rendered tree. */
function controls(node: unknown): Node[] {
  if (!node || typeof node !== 'object') return [];
  const { type, children } = node as Node;
  const own = typeof type === 'string' && type.endsWith('Control') ? [node as Node] : [];
  return [...own, ...children.flatMap(controls)];
}

describe('the WordPress blocks in the editor', () => {
  before(async () => {
    // @ts-expect-error a plain script, without types
    await import('../src/wordpress/editor.js');
  });

  for (const name of ['countdown', 'theme-banner', 'tip-carousel']) {
    it(`registers sid-widgets/${name} with a setting in words for each of its attributes`, async () => {
      const block = registered[`sid-widgets/${name}`]!;
      expect(block, name).to.not.equal(undefined);
      expect(block.save()).to.equal(null);
      const metadata = await (await fetch(`/src/wordpress/blocks/${name}/block.json`)).json();
      const attributes = Object.fromEntries(
        Object.entries(metadata.attributes as Record<string, { default: unknown }>).map(([key, value]) => [
          key,
          value.default,
        ]),
      );
      const changes: Record<string, unknown>[] = [];
      const tree = block.edit({ attributes, setAttributes: (change: Record<string, unknown>) => changes.push(change) });
      const found = controls(tree);
      const labels = found.map((control) => String(control.props.label));
      expect(found.length, `${name}: a control per attribute`).to.equal(Object.keys(attributes).length);
      for (const label of labels) expect(label, name).to.not.match(/^[a-z]+([A-Z][a-z]+)*$/);
      (found[0]!.props.onChange as (value: unknown) => void)('de');
      expect(changes).to.deep.equal([{ lang: 'de' }]);
    });
  }

  it("shows the countdown's time zone, in words, with its value", () => {
    const tree = registered['sid-widgets/countdown']!.edit({
      attributes: { timeZone: 'Europe/Vienna', calendar: true },
      setAttributes: () => {},
    });
    const zone = controls(tree).find((control) => control.props.label === 'Time zone whose day counts')!;
    expect(zone.props.value).to.equal('Europe/Vienna');
    const calendar = controls(tree).find((control) => control.type === 'ToggleControl')!;
    expect(calendar.props.checked).to.equal(true);
  });
});
