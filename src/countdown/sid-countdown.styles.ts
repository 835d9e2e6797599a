import { css } from 'lit';
import { tokens } from '../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
    :host {
      container-type: inline-size;
      min-height: var(--sid-countdown-min-height, 10.5rem);
    }
    .base {
      position: relative;
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-height: inherit;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      text-align: center;
    }
    p {
      margin: 0;
    }
    .heading {
      font-size: 1.125em;
      font-weight: 700;
    }
    /* narrow first: a browser without container queries keeps the compact count at any width */
    .counter {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: calc(var(--_space) / 4);
      margin-block: calc(var(--_space) * 0.75);
    }
    .unit {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      min-width: 3.4em;
      padding: 0.4em 0.3em;
      border-radius: calc(var(--_radius) / 1.5);
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.875em;
      line-height: 1.2;
    }
    .name-first {
      flex-direction: column-reverse;
    }
    .value {
      color: var(--_accent);
      font-size: 1.5em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .message {
      margin-block: calc(var(--_space) * 0.75);
      color: var(--_accent);
      font-size: 1.5em;
      font-weight: 700;
    }
    .after .message {
      font-size: 1.125em;
    }
    .date {
      color: var(--_muted);
    }
    .calendar-link {
      margin-block-start: calc(var(--_space) / 2);
      align-self: center;
      color: var(--_accent);
      font-weight: 600;
    }
    /* in a corner, so that it takes no room from the count: 32 px, above WCAG's 24 px target size */
    .seconds-button {
      position: absolute;
      inset-block-start: 0.25rem;
      inset-inline-end: 0.25rem;
      display: grid;
      place-items: center;
      width: 2rem;
      height: 2rem;
      padding: 0;
      border: 1px solid transparent;
      border-radius: 50%;
      background: transparent;
      color: var(--_muted);
      cursor: pointer;
    }
    .seconds-button:hover {
      border-color: var(--_border);
    }
    .seconds-button:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    @media (forced-colors: active) {
      .seconds-button {
        border-color: ButtonText;
      }
    }
    /* on paper, the day and its date: a count of days would be stale, and a button or a link to a file does nothing */
    @media print {
      .counter,
      .seconds-button,
      .calendar-link {
        display: none;
      }
    }
    @container not (max-width: 22rem) {
      .counter {
        gap: calc(var(--_space) / 2);
      }
      .unit {
        min-width: 4.5em;
        padding-inline: 0.6em;
      }
      .value {
        font-size: 2em;
      }
    }
  `,
];
