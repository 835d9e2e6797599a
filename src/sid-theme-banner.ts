import { SidThemeBanner } from './theme-banner/sid-theme-banner.component.js';
import { define } from './internal/define.js';

export { SidThemeBanner };
define('sid-theme-banner', SidThemeBanner);

declare global {
  interface HTMLElementTagNameMap {
    'sid-theme-banner': SidThemeBanner;
  }
}
