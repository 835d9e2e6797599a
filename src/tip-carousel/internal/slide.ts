import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CarouselHost } from '../carousel-options.js';
import type { Tip } from '../tips.js';
import type { TipSource } from './tip-source.js';

const AUDIENCE_LABEL = {
  children: 'carouselChildren',
  teens: 'carouselTeens',
  parents: 'carouselParents',
  educators: 'carouselEducators',
} as const;

/**
 * A tip's audience, title and text, as a slide shows them; a tip about getting help ends with the country's helpline,
 * with `country`.
 */
export function slideContent(host: CarouselHost, source: TipSource, tip: Tip) {
  const messages = host.messages;
  const { words, lang } = source.wordsOf(tip);
  return html`${tip.audience ? html`<p part="audience" class="audience">${messages[AUDIENCE_LABEL[tip.audience]]}</p>` : nothing}
    <p part="title" class="title" lang=${ifDefined(lang)} dir="auto">${words.title}</p>
    <p part="text" class="text" lang=${ifDefined(lang)} dir="auto">${words.text}</p>
    ${tip.topic === 'help' ? source.helpline() : nothing}`;
}
