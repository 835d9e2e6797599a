// A reference page for `npm run bench`: one Lit element that renders a number once, Lit's own cost (its code, its
// first render) on a page. esbuild bundles and minifies it with Lit inside, as a CDN would serve it.
import { css, html, LitElement } from 'lit';

class LitElementOnly extends LitElement {
  static get styles() {
    return css`
      :host {
        display: block;
        padding: 1rem;
      }
    `;
  }

  render() {
    return html`<p>${Math.floor((Date.UTC(2027, 1, 9) - Date.now()) / 1000)}</p>`;
  }
}

customElements.define('lit-element-only', LitElementOnly);
