import { expect } from '@open-wc/testing';
import '../src/index.js';
import { turn } from '../src/internal/turns.js';

type PostTask = (run: () => void, options: { priority: string }) => Promise<void>;

/**
 * Work of the page's own, as urgent as a tap: a `user-blocking` task where there is `scheduler.postTask`, else a chain
 * of posted messages (a task each) that goes on until the test has its answer. `run` is called in the first.
 */
function pageTask(run: () => void): () => void {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (postTask) {
    void postTask.call((globalThis as unknown as { scheduler: object }).scheduler, run, { priority: 'user-blocking' });
    return () => {};
  }
  const channel = new MessageChannel();
  let first = true;
  channel.port1.onmessage = () => {
    if (first) run();
    first = false;
    channel.port2.postMessage(undefined);
  };
  channel.port2.postMessage(undefined);
  return () => channel.port1.close();
}

const rendered = (elements: Element[]) => elements.filter((el) => el.shadowRoot?.querySelector('[part]')).length;

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
    await Promise.all(
      [...warm.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );

    await freshTask();
    const page = document.createElement('div');
    page.className = 'main-thread';
    page.innerHTML = '<sid-countdown lang="fr"></sid-countdown><sid-theme-banner lang="fr"></sid-theme-banner>'.repeat(
      40,
    );
    document.body.append(page);
    const elements = [...page.children];
    let renderedWhenThePageRan = -1;
    const stop = pageTask(() => (renderedWhenThePageRan = rendered(elements)));
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    stop();

    expect(rendered(elements)).to.equal(80);
    expect(renderedWhenThePageRan).to.be.within(1, 79);
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
    // the first may wait already, behind work of an earlier task; the second runs in the same task as the first
    const [before, after] = await ran(2, 0);
    expect(after, 'two quick updates share a task').to.equal(before);
    expect((await ran(6, 15)).at(-1), 'between long updates, the page has its turn').to.equal(true);
  });
});
