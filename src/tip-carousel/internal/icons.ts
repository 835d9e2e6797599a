import { html } from 'lit';

/** The carousel's button icons, drawn with the text colour and hidden from assistive technology. */
export const ARROW = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
  <path
    d="M6 3l5 5-5 5"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  />
</svg>`;
export const PAUSE = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
  <path d="M5 3v10M11 3v10" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
</svg>`;
export const PLAY = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
  <path d="M5 3l8 5-8 5z" fill="currentColor" />
</svg>`;
