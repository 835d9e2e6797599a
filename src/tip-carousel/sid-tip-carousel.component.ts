import { css, html, type PropertyDeclarations } from 'lit';
import { SidElement } from '../internal/sid-element.js';
import { tokens } from '../internal/tokens.styles.js';

const TIPS = [
  'Keep your passwords to yourself, even from your best friends.',
  'If something online makes you feel worried, tell an adult you trust.',
  'Think before you post: once it is shared, it is hard to take back.',
];

/**
 * Online-safety tips, one at a time.
 *
 * @tagname sid-tip-carousel
 * @summary Online-safety tips in an accessible carousel.
 *
 * @attr theme - `light`, `dark`, or `auto`.
 *
 * @csspart base - The outer box.
 * @csspart tip - The tip shown.
 */
export class SidTipCarousel extends SidElement {
  static override styles = [
    tokens,
    css`
      .base {
        padding: var(--_space);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
    `,
  ];

  static override properties: PropertyDeclarations = { index: { state: true } };

  private index = 0;

  protected override render() {
    return html`<section part="base" class="base" aria-roledescription="carousel" aria-label="Online safety tips">
      <p part="tip">${TIPS[this.index]}</p>
      <button @click=${() => (this.index = (this.index + 1) % TIPS.length)}>Next tip</button>
    </section>`;
  }
}
