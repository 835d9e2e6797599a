import { css } from 'lit';

/**
 * The carousel's own styles, adopted by its view when that loads; what it needs before then (the tokens and the
 * height it keeps) is in the element's static styles.
 */
export const styles = [
  css`
    /* narrow first (controls under the tip): a browser without container queries keeps it at any width */
    .base {
      display: grid;
      grid-template-areas: 'slides' 'controls';
      grid-template-columns: 1fr;
      gap: var(--_space);
      min-height: inherit;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      /* anywhere: Safari 15.4; break-word before it, for the Safari 15 the floor has */
      overflow-wrap: break-word;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    .controls {
      grid-area: controls;
      display: flex;
      justify-content: flex-end;
      gap: calc(var(--_space) / 2);
      align-items: flex-start;
    }
    button {
      display: grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      padding: 0;
      border: 1px solid var(--_accent);
      border-radius: 50%;
      background: var(--_background);
      color: var(--_accent);
      cursor: pointer;
    }
    button:hover {
      background: var(--_accent);
      color: var(--_accent-text);
    }
    button:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    /* the arrows point along the reading direction, which the view reads (:dir() is Safari 16.4, Chrome 120) */
    .previous svg,
    .rtl .next svg {
      transform: scaleX(-1);
    }
    .rtl .previous svg {
      transform: none;
    }
    .helpline {
      font-weight: 600;
    }
    .helpline a {
      color: var(--_accent);
    }
    .slides {
      grid-area: slides;
      touch-action: pan-y;
    }
    .sizer {
      grid-area: slides;
      display: grid;
      visibility: hidden;
      pointer-events: none;
    }
    .sizer > .slide {
      grid-area: 1 / 1;
      animation: none;
    }
    .slide {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 3);
    }
    .audience {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .title {
      font-size: 1.125em;
      font-weight: 700;
    }
    @container not (max-width: 30rem) {
      .base {
        grid-template-areas: 'slides controls';
        grid-template-columns: 1fr auto;
      }
      .controls {
        justify-content: normal;
      }
    }
    /* on paper, every tip it could show (they are all in the sizer), as a list, with no buttons */
    @media print {
      .base {
        display: block;
        break-inside: auto;
      }
      .controls,
      .listed > .slides {
        display: none;
      }
      .sizer {
        display: block;
        visibility: visible;
      }
      .sizer > .slide {
        break-inside: avoid;
        padding-block: calc(var(--_space) / 2);
        border-block-end: 1px solid var(--_border);
      }
      .sizer > .slide:last-child {
        border-block-end: 0;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .slide {
        animation: appear 0.3s ease-out;
      }
    }
    @keyframes appear {
      from {
        transform: translateY(0.4rem);
      }
    }
  `,
];
