import { expect } from '@open-wc/testing';
import '../src/index.js';
import { turn } from '../src/internal/turns.js';
import { rendered } from './helpers.js';

type PostTask = (run: () => void, options: { priority: string }) => Promise<void>;

/**
 * Work of the page's own, as urgent as a tap: one `user-blocking` task where there is `scheduler.postTask` (more, one
 * after another, would starve the renders' continuations), else posted messages, one after another for as long as
 * `run` asks for another and until the test stops them (WebKit does not promise to deliver one channel's message
 * before another's, so a single one could miss the turn).
 */
function pageTask(run: () => boolean): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(() => void run(), { priority: 'user-blocking' });
    return () => {};
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => run() && channel.port2.postMessage(undefined);
  channel.port2.postMessage(undefined);
  return () => channel.port1.close();
}

/** How many of `elements` show something yet. */
const shown = (elements: Element[]) => elements.filter((el) => el.shadowRoot?.querySelector('[part]')).length;

const freshTask = () => new Promise((done) => setTimeout(done, 20));

const busy = (ms: number) => {
  for (const end = performance.now() + ms; performance.now() < end;);
};

describe('sharing the main thread', () => {
  afterEach(() => document.querySelectorAll('.main-thread').forEach((el) => el.remove()));

  it('renders a page of many elements in slices, so that the page’s own urgent work runs between them', async () => {
    // the parts and the language are loaded first, so that nothing but the renders is left to wait for
    const warm = document.createElement('div');
    warm.className = 'main-thread';
    warm.innerHTML = '<sid-countdown lang="fr"></sid-countdown><sid-theme-banner lang="fr"></sid-theme-banner>';
    document.body.append(warm);
    await rendered(warm);

    await freshTask();
    const page = document.createElement('div');
    page.className = 'main-thread';
    page.innerHTML = '<sid-countdown lang="fr"></sid-countdown><sid-theme-banner lang="fr"></sid-theme-banner>'.repeat(
      40,
    );
    document.body.append(page);
    const elements = [...page.children];
    // how many had rendered each time the page had a turn, until it had one in the middle of them
    const seen: number[] = [];
    const stop = pageTask(() => {
      const count = shown(elements);
      seen.push(count);
      return count < 80;
    });
    await rendered(page);
    stop();

    expect(shown(elements)).to.equal(80);
    expect(
      seen.some((count) => count > 0 && count < 80),
      `the page's turns came at ${seen.join(', ')}`,
    ).to.equal(true);
  });

  it('lets quick updates run in one task, and gives the ones after long updates tasks of their own', async () => {
    /** Whether the page's own task had run when each of `count` updates began, each update taking `work` ms. */
    const ran = async (count: number, work: number) => {
      await freshTask();
      let pageRan = false;
      const stop = pageTask(() => (pageRan = true));
      const seen: boolean[] = [];
      await Promise.all(
        Array.from({ length: count }, () =>
          turn().then(() => {
            seen.push(pageRan);
            busy(work);
          }),
        ),
      );
      stop();
      return seen;
    };
    // a slice is measured in time: with the clock held, no pause of a busy machine between the two updates (WebKit,
    // beside two other browsers on two cores, once took more than the 5 ms slice) can end it
    const now = performance.now.bind(performance);
    const held = now();
    performance.now = () => held;
    let quick: boolean[] = [];
    try {
      quick = await ran(2, 0);
    } finally {
      performance.now = now;
    }
    expect(quick, 'two quick updates share the task they were asked for in').to.deep.equal([false, false]);
    expect((await ran(6, 15)).at(-1), 'between long updates, the page has its turn').to.equal(true);
  });
});
