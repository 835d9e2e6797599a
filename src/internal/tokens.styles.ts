import { css } from 'lit';

/** The values of `theme`, which these tokens style. */
export const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * The design tokens every element reads: public `--sid-…` custom properties with fallbacks, copied into private
 * `--_…` ones so that a nested sid element is not restyled by its parent's private values.
 */
export const tokens = css`
  :host {
    --_background: var(--sid-color-background, #ffffff);
    --_text: var(--sid-color-text, #1b1f33);
    --_muted: var(--sid-color-muted, #4a5068);
    --_accent: var(--sid-color-accent, #1d4fb8);
    --_accent-text: var(--sid-color-accent-text, #ffffff);
    --_surface: var(--sid-color-surface, #eef2fb);
    --_border: var(--sid-color-border, #c9d1e6);
    --_radius: var(--sid-radius, 0.75rem);
    --_space: var(--sid-space, 1rem);
    --_font: var(--sid-font-family, inherit);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
  }
  /* the dark tokens, twice: for theme="dark", and for auto in a dark colour scheme */
  :host([theme='dark']) {
    --_background: var(--sid-color-background-dark, #161a2e);
    --_text: var(--sid-color-text-dark, #f2f4fb);
    --_muted: var(--sid-color-muted-dark, #c3c8da);
    --_accent: var(--sid-color-accent-dark, #8cb8ff);
    --_accent-text: var(--sid-color-accent-text-dark, #0b1020);
    --_surface: var(--sid-color-surface-dark, #232842);
    --_border: var(--sid-color-border-dark, #3b4263);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_background: var(--sid-color-background-dark, #161a2e);
      --_text: var(--sid-color-text-dark, #f2f4fb);
      --_muted: var(--sid-color-muted-dark, #c3c8da);
      --_accent: var(--sid-color-accent-dark, #8cb8ff);
      --_accent-text: var(--sid-color-accent-text-dark, #0b1020);
      --_surface: var(--sid-color-surface-dark, #232842);
      --_border: var(--sid-color-border-dark, #3b4263);
      color-scheme: dark;
    }
  }
  /* on paper, light whatever the theme (browsers print no backgrounds by default), and never cut at a page break */
  @media print {
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_background: #ffffff;
      --_text: #000000;
      --_muted: #333333;
      --_accent: #000000;
      --_accent-text: #000000;
      --_surface: #ffffff;
      --_border: #888888;
      color-scheme: light;
      min-height: 0;
    }
    .base {
      break-inside: avoid;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
