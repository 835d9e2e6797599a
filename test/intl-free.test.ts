import { expect, fixture, html } from '@open-wc/testing';
import '../src/sid-tip-carousel.js';
import { settle } from './helpers.js';

/** The shown tip's name for screen readers: "1 of 45". */
const slideName = (el: Element) =>
  el.shadowRoot!.querySelector('[aria-roledescription] [aria-roledescription]')?.getAttribute('aria-label');

/**
 * Everything that asks the engine's locale data for something: the page's first such call loads that data, about
 * 130 ms on a phone (issue 24). An English carousel needs none of it.
 */
const FORMATTERS = ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'PluralRules', 'RelativeTimeFormat', 'Collator'];
const METHODS: [object, string][] = [
  [Number.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString'],
  [String.prototype, 'localeCompare'],
];

/** Runs `run` and returns what it asked of `Intl`, by name. */
async function intlCalls(run: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const intl = Intl as unknown as Record<string, unknown>;
  const saved = FORMATTERS.map((name) => [name, intl[name]] as const);
  const savedMethods = METHODS.map(([owner, name]) => [owner, name, (owner as Record<string, unknown>)[name]] as const);
  for (const [name, kind] of saved) {
    intl[name] = new Proxy(kind as object, {
      construct(target, args, newTarget) {
        calls.push(name);
        return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
      },
    });
  }
  for (const [owner, name, method] of savedMethods) {
    (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(name);
      return (method as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  try {
    await run();
  } finally {
    for (const [name, kind] of saved) intl[name] = kind;
    for (const [owner, name, method] of savedMethods) (owner as Record<string, unknown>)[name] = method;
  }
  return calls;
}

describe('a page that needs no formatter pays for none', () => {
  it('an English carousel, turning on its own, asks Intl for nothing; one in Arabic does', async () => {
    let english!: HTMLElement;
    const calls = await intlCalls(async () => {
      english = await fixture(html`<sid-tip-carousel lang="en" autoplay interval="3"></sid-tip-carousel>`);
      await settle(english);
    });
    expect(slideName(english)).to.match(/^1 of \d+$/);
    expect(calls).to.deep.equal([]);

    let arabic!: HTMLElement;
    const arabicCalls = await intlCalls(async () => {
      arabic = await fixture(html`<sid-tip-carousel lang="ar"></sid-tip-carousel>`);
      await settle(arabic);
    });
    // the digits Arabic is written with in this browser (Arabic-Indic in some, Latin in others), from the formatter
    const [one, count] = [1, 45].map((value) => new Intl.NumberFormat('ar').format(value));
    expect(slideName(arabic)).to.contain(one).and.contain(count);
    expect(arabicCalls).to.include('NumberFormat');
  });
});
