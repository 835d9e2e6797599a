import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { visibleText } from './helpers.js';

/**
 * Random values and random sequences of changes on every attribute and property that custom-elements.json lists for
 * each element: nothing may throw into the page, no promise may be left rejected, the element is never empty, and a
 * bad value is warned about at most once. The seed is fixed; a failure prints the seed and the shrunk case.
 */
const SEED = 20270209;
const RUNS = 40;

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
}

const interesting = [
  '',
  ' ',
  'auto',
  'light',
  'dark',
  'purple',
  'long',
  'short',
  'narrow',
  'tiny',
  'days',
  'hours minutes',
  'seconds days',
  'weeks',
  'card',
  'bar',
  'children',
  'teens',
  'parents',
  'educators',
  'aliens',
  'privacy scams',
  'fast',
  '0',
  '3',
  '8',
  '-1',
  '1e9',
  'NaN',
  'Infinity',
  '1850',
  '2004',
  '2027',
  '9999',
  '2027-02-09',
  '2027-02-30',
  '2027-02-09T10:00:00+01:00',
  '2027-02-09T10:00:00',
  'yesterday',
  'Europe/Brussels',
  'Pacific/Kiritimati',
  'Mars/Olympus_Mons',
  'GB',
  'gb',
  'XX',
  'en',
  'de',
  'ar',
  'he',
  'pt-BR',
  'no',
  'x-klingon',
  'https://example.org/',
  '/test/fixtures/none.json',
  'javascript:alert(1)',
  '<img src=x onerror="window.fuzzed=1">',
  '{{name}}',
  '\u202e\u0000',
];

const attributeValue = fc.oneof(fc.constantFrom(...interesting), fc.string({ maxLength: 24 }), fc.constant(null));
/** Values whose conversion to text or a number throws, as code can set them. */
const throwing = [
  Object.create(null),
  { toString: () => Symbol('not text') },
  {
    valueOf() {
      throw new Error('no value');
    },
    toString() {
      throw new Error('no text');
    },
  },
  Symbol('symbol'),
];

const propertyValue = fc.oneof(
  attributeValue,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(undefined, null, {}, [], new Date(Number.NaN), new Date('2027-02-09T00:00:00Z')),
  fc.constantFrom(...throwing),
);

/** Any value as text, for the test's own checks; never throws. */
const text = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return '';
  }
};

async function declarations(): Promise<Declaration[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  return manifest.modules
    .flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? [])
    .filter((declaration: Declaration) => declaration.tagName);
}

type Change =
  | { kind: 'attribute'; name: string; value: string | null }
  | { kind: 'property'; name: string; value: unknown }
  // a <sid-tip> child added after the first render (as frameworks do), or the last one removed
  | { kind: 'child'; heading: string | null; value: string };

const child: fc.Arbitrary<Change> = fc.record({
  kind: fc.constant('child' as const),
  heading: fc.oneof(fc.constantFrom('A tip', '', '<b>bold</b>'), fc.constant(null)),
  value: fc.oneof(fc.constantFrom('', 'Some words', '<script>window.fuzzed=1</script>'), fc.string({ maxLength: 12 })),
});

describe('fuzzing every attribute and property', () => {
  let problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  beforeEach(() => {
    problems = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('finds the elements in the manifest', async () => {
    expect((await declarations()).map((declaration) => declaration.tagName).sort()).to.deep.equal([
      'sid-countdown',
      'sid-theme-banner',
      'sid-tip-carousel',
    ]);
  });

  for (const tag of ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel']) {
    it(`<${tag}> survives random attribute and property changes`, async function () {
      this.timeout(60_000);
      const declaration = (await declarations()).find((candidate) => candidate.tagName === tag)!;
      const attributes = declaration.attributes!.map((attribute) => attribute.name);
      // `lang` is the browser's own HTMLElement property, whose setter throws for a Symbol on any element
      const properties = declaration
        .attributes!.map((attribute) => attribute.fieldName)
        .filter((name): name is string => !!name && name !== 'lang');
      const change: fc.Arbitrary<Change> = fc.oneof(
        fc.record({
          kind: fc.constant('attribute' as const),
          name: fc.constantFrom(...attributes),
          value: attributeValue,
        }),
        fc.record({
          kind: fc.constant('property' as const),
          name: fc.constantFrom(...properties),
          value: propertyValue,
        }),
        child,
      );
      await fc.assert(
        fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
          const warnings: string[] = [];
          const warn = console.warn;
          console.warn = (...args: unknown[]) => warnings.push(args.map(text).join(' '));
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          try {
            document.body.append(el);
            for (const step of changes) {
              if (step.kind === 'attribute') {
                if (step.value === null) el.removeAttribute(step.name);
                else el.setAttribute(step.name, step.value);
              } else if (step.kind === 'child') {
                if (step.heading === null) el.lastElementChild?.remove();
                else el.insertAdjacentHTML('beforeend', `<sid-tip heading="${step.heading}">${step.value}</sid-tip>`);
              } else {
                (el as unknown as Record<string, unknown>)[step.name] = step.value;
              }
              await el.updateComplete;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
            await el.updateComplete;
            expect(visibleText(el), 'the element shows something').to.match(/\S/);
            // a partner's own text may say NaN; the element's own numbers never may
            if (!changes.some((step) => text(step.value).includes('NaN')))
              expect(visibleText(el)).to.not.contain('NaN');
            expect((window as unknown as { fuzzed?: number }).fuzzed, 'partner text stays inert').to.equal(undefined);
            const repeated = warnings.filter((warning, index) => warnings.indexOf(warning) !== index);
            expect(repeated, 'each bad value is warned about once').to.deep.equal([]);
            expect(problems).to.deep.equal([]);
          } finally {
            console.warn = warn;
            el.remove();
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
      );
    });
  }
});
