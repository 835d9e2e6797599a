import { css } from 'lit';

/**
 * The banner's own styles, adopted when its parts load; what it needs before then (the tokens and the height it
 * keeps) is in the element's static styles.
 */
export const styles = [
  css`
    .base {
      min-height: inherit;
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      /* anywhere: Safari 15.4; break-word before it, for the Safari 15 the floor has */
      overflow-wrap: break-word;
      overflow-wrap: anywhere;
    }
    /* Room for the dismiss button beside the lines it sits next to; below them the text has the full width. */
    .dismissible .day,
    .dismissible .heading {
      padding-inline-end: calc(3rem - var(--_space) / 2);
    }
    .bar {
      border-radius: 0;
      border-inline: 0;
      justify-content: center;
    }
    p {
      margin: 0;
    }
    .content {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 3);
      min-width: 0;
    }
    /* above the heading to the eye; after it for a screen reader's heading navigation */
    .day {
      order: -1;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .heading {
      font-size: 1.375em;
      font-weight: 700;
      line-height: 1.25;
    }
    .message {
      color: var(--_text);
    }
    .countdown {
      --sid-countdown-min-height: 0;
      margin-block-start: calc(var(--_space) / 2);
      max-width: 20rem;
    }
    /* The banner already shows the day's name and date. */
    .countdown::part(heading),
    .countdown::part(date) {
      display: none;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
      align-items: center;
    }
    .helpline a {
      color: var(--_accent);
      font-weight: 600;
    }
    .calendar-link {
      color: var(--_accent);
      font-weight: 600;
    }
    .cta {
      display: inline-block;
      padding: 0.6em 1.1em;
      border-radius: calc(var(--_radius) / 1.5);
      background: var(--_accent);
      color: var(--_accent-text);
      font-weight: 700;
      text-decoration: none;
    }
    .cta:hover {
      text-decoration: underline;
    }
    a:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .dismiss {
      position: absolute;
      inset-block-start: calc(var(--_space) / 2);
      inset-inline-end: calc(var(--_space) / 2);
      display: grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--_text);
      cursor: pointer;
    }
    .dismiss:hover {
      background: var(--_border);
    }
    @container (min-width: 40rem) {
      .bar {
        flex-direction: row;
        align-items: center;
        justify-content: space-between;
      }
      .bar.dismissible {
        padding-inline-end: calc(3rem + var(--_space) / 2);
      }
      .bar .actions {
        flex-shrink: 0;
      }
    }

    /* on paper, the call to action's address written out, so that a reader can find it; no button, no file link */
    @media print {
      .dismiss,
      .calendar-link {
        display: none;
      }
      .cta {
        padding: 0;
        background: none;
        color: var(--_text);
        text-decoration: underline;
      }
      .cta::after {
        content: ' (' attr(href) ')';
        font-weight: 400;
        word-break: break-all;
      }
    }

    /* forced colours drop backgrounds: a border keeps the call to action and the dismiss button visibly buttons */
    @media (forced-colors: active) {
      .cta,
      .dismiss {
        border: 2px solid currentColor;
      }
    }
  `,
];
