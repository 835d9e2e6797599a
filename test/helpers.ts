import sinon from 'sinon';

/** Collects console.warn calls made while `run` runs (and awaits it), without printing them. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const stub = sinon.stub(console, 'warn');
  try {
    await run();
    return stub.getCalls().map((call) => call.args.map(String).join(' '));
  } finally {
    stub.restore();
  }
}

/** The text a visitor sees in an element's shadow root (slots resolved to what they show), with white space folded. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return collect(root).replace(/\s+/g, ' ').trim();
}

/** Walks by node type rather than `instanceof`, so that it also reads elements inside frames. */
function collect(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType === Node.COMMENT_NODE) return '';
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : undefined;
  if (element?.classList.contains('visually-hidden') || element?.hidden) return '';
  if (element?.localName === 'style' || element?.localName === 'script') return '';
  if (element?.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...element.childNodes]).map(collect).join('');
  }
  const inner = element?.shadowRoot ? collect(element.shadowRoot) : [...node.childNodes].map(collect).join('');
  // Like innerText: anything but an inline box stands apart from its neighbours.
  const inline = !element || element.ownerDocument.defaultView!.getComputedStyle(element).display === 'inline';
  return inline ? inner : ` ${inner} `;
}

export const TAGS = ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'] as const;

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until every sid element under `root` is defined and has rendered, and returns them. */
export async function rendered(
  root: ParentNode,
  registry: CustomElementRegistry = customElements,
): Promise<Rendered[]> {
  await Promise.all(TAGS.map((tag) => registry.whenDefined(tag)));
  const elements = [...root.querySelectorAll<Rendered>(TAGS.join(','))];
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** Loads a page in a frame (removed after the test by `removeFrames`) and waits until its sid elements have rendered. */
export async function loadFrame(
  src: string,
  width = '800px',
): Promise<{ frame: HTMLIFrameElement; elements: Rendered[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = width;
  frame.style.height = '900px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const elements = await rendered(frame.contentDocument!, frame.contentWindow!.customElements);
  return { frame, elements };
}

export function removeFrames(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

/** Lets lazily loaded parts (the elements' behaviour, languages) arrive and the elements render: four rounds. */
export async function settle(...elements: Element[]): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const el of elements) await (el as Rendered).updateComplete;
  }
}

/** The sentence a screen reader hears from a countdown. */
export const spoken = (el: Element): string | undefined =>
  el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.replace(/\s+/g, ' ');
