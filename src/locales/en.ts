import { enBanner } from './en/banner.js';
import { enCarousel } from './en/carousel.js';
import { enCountdown } from './en/countdown.js';
import { enShared } from './en/shared.js';

/**
 * English, the language every other translation is checked against: every string, with its meaning in ./en/.
 * Placeholders in braces are filled in by the elements; numbers, dates, units and lists come from `Intl` in the
 * visitor's language. The elements do not import this whole set: each carries its own words and the shared ones
 * (`SidElement.english`), so that a page pays only for the words of the elements it shows.
 */
export const en = { ...enShared, ...enCountdown, ...enBanner, ...enCarousel };
