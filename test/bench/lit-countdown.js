// A reference page for `npm run bench`: the smallest Lit countdown we could write that a visitor could read in their
// language: days, hours, minutes and seconds to 9 February 2027, each named by `Intl.NumberFormat` (the first formatter
// loads the engine's locale data, as relative-time's does), rendered again each second. No heading, no date, no
// sentence for screen readers, no button to stop the seconds, no language files, no time zones: none of what ours
// carries. It says what part of the countdown's cost no Lit countdown avoids. esbuild bundles and minifies it with Lit
// inside, as a CDN would serve it.
import { css, html, LitElement } from 'lit';

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

class LitCountdown extends LitElement {
  static get styles() {
    return css`
      :host {
        display: block;
        padding: 1rem;
        text-align: center;
      }
      .unit {
        display: inline-block;
        margin: 0.25rem;
        padding: 0.4em;
      }
    `;
  }

  #formats = UNITS.map(
    ([unit]) => new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit, unitDisplay: 'long' }),
  );
  #timer;

  connectedCallback() {
    super.connectedCallback();
    this.#tick();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #tick = () => {
    this.requestUpdate();
    this.#timer = setTimeout(this.#tick, 1000 - (Date.now() % 1000));
  };

  render() {
    let left = Math.max(new Date(2027, 1, 9).getTime() - Date.now(), 0);
    return html`<p>
      ${UNITS.map(([, size], index) => {
        const value = Math.floor(left / size);
        left -= value * size;
        return html`<span class="unit">${this.#formats[index].format(value)}</span>`;
      })}
    </p>`;
  }
}

customElements.define('lit-countdown', LitCountdown);
