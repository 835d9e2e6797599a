import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { nextSaferInternetDay } from '../calendar/calendar.js';
import { SidElement } from '../internal/sid-element.js';
import { tokens } from '../internal/tokens.styles.js';
import { en } from '../locales/en.js';

const OFFICIAL_PAGE = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';

/**
 * The year's Safer Internet Day theme with a call to action.
 *
 * @summary This year's Safer Internet Day theme and a link to take part.
 *
 * @attr year - The Safer Internet Day year. Default: the current or next one.
 * @attr theme - `light`, `dark`, or `auto`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart cta - The call-to-action link.
 */
export class SidThemeBanner extends SidElement {
  static override styles = [
    tokens,
    css`
      .base {
        padding: var(--_space);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      h2 {
        margin: 0 0 0.5em;
        font-size: 1.25em;
      }
      a {
        color: var(--_accent);
        font-weight: 700;
      }
    `,
  ];

  /** The Safer Internet Day year. */
  @property({ type: Number }) year?: number;

  protected override render() {
    const year = this.year ?? nextSaferInternetDay().year;
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 part="heading" id="heading">${en.dayName} ${year}</h2>
      <a part="cta" href=${OFFICIAL_PAGE} rel="noopener">${OFFICIAL_PAGE}</a>
    </section>`;
  }
}
