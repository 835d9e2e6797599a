import { html, nothing } from 'lit';
import { helplineFor } from '../countries/helplines.js';
import type { SidHost } from './host.js';
import { around } from './i18n.js';
import { baseLanguage } from './locale.js';

export { countryCode } from '../countries/countries.js';

/**
 * "Need to talk to someone? Nummer gegen Kummer: 116 111", in the element's language, with the helpline's name in its
 * own (marked with `lang`), a `tel:` link, and its website where known; nothing for a country without a sourced one.
 * Elements load this module, with the helplines, only once they have a `country`.
 */
export function helplineLine(host: SidHost, country: string | undefined) {
  const helpline = helplineFor(country, host.language);
  if (!helpline) return nothing;
  const [before, after] = around(host.messages.helplineLine, 'helpline');
  const site = helpline.website && new URL(helpline.website).hostname.replace(/^www\./, '');
  return html`<p part="helpline" class="helpline">
    ${before}<a
      href="tel:${helpline.dial}"
      lang=${helpline.lang === baseLanguage(host.language) ? nothing : helpline.lang}
      ><bdi>${helpline.name}</bdi>: <span dir="ltr">${helpline.phone}</span></a
    >${after}${site ? html` · <a href=${helpline.website!} rel="noopener">${site}</a>` : nothing}
  </p>`;
}
