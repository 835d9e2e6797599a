import { AUDIENCES } from '../../locales/schema.js';
import type { CarouselHost } from '../carousel-options.js';
import { TOPICS, type Tip } from '../tips.js';

/** Elements whose content is not text a visitor reads: a tip's text never includes theirs. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'sid-tip']);

/** The text a visitor would read in a tip: its text nodes, outside scripts, styles and nested tips. */
function textOf(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
    else if (child.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has((child as Element).localName)) text += textOf(child);
  }
  return text;
}

/** Partner tips written in HTML: `<sid-tip heading="…" audience="…" topic="…">text</sid-tip>`, read as text only. */
export function readChildren(host: CarouselHost): Tip[] {
  // a CMS user's typo is forgiven, not hidden: the tip is left out or shown more widely, with a warning
  const known = <T extends string>(element: Element, name: string, values: readonly T[]): T | undefined => {
    const value = element.getAttribute(name);
    const valid = values.includes(value as T);
    if (value !== null && !valid) {
      host.warn(`<sid-tip> ${name}`, value, `expected one of ${values.join(', ')}; the tip shows for every ${name}`);
    }
    return valid ? (value as T) : undefined;
  };
  return [...host.querySelectorAll('sid-tip')].flatMap((element, index) => {
    const title = element.getAttribute('heading')?.trim();
    const text = textOf(element).replace(/\s+/g, ' ').trim();
    if (!title || !text) {
      const [attribute, value] = title ? ['text', ''] : ['heading', element.getAttribute('heading') ?? ''];
      host.warn(
        `<sid-tip> ${attribute}`,
        value,
        `tip ${index + 1} needs a heading attribute and some text; it is left out`,
      );
      return [];
    }
    const audience = known(element, 'audience', AUDIENCES);
    const topic = known(element, 'topic', TOPICS);
    return [{ id: element.id || `tip-${index + 1}`, title, text, audience, topic }];
  });
}
