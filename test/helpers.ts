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
