import { SidCountdown } from './countdown/sid-countdown.component.js';
import { define } from './internal/define.js';

export { SidCountdown };
define('sid-countdown', SidCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'sid-countdown': SidCountdown;
  }
}
