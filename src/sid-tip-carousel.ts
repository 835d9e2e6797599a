import { SidTipCarousel } from './tip-carousel/sid-tip-carousel.component.js';
import { define } from './internal/define.js';

export { SidTipCarousel };
define('sid-tip-carousel', SidTipCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'sid-tip-carousel': SidTipCarousel;
  }
}
