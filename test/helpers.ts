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

function collect(node: Node): string {
  if (node instanceof Text) return node.data;
  if (node instanceof HTMLElement && (node.classList.contains('visually-hidden') || node.hidden)) return '';
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(collect).join(' ');
  }
  if (node instanceof Element && node.shadowRoot) return collect(node.shadowRoot);
  return [...node.childNodes].map(collect).join(node instanceof Element ? ' ' : '');
}
