import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';

/**
 * Baselines of every element in light and dark, in English and in the right-to-left Arabic and Hebrew, at 320 and
 * 1024 px, with a frozen clock, in Chromium. `npm run test:visual:update` rewrites them after an intended change; commit the new images.
 */
const NOW = '2027-02-01T09:00:00Z';
const elements = {
  countdown: (lang: string) =>
    html`<sid-countdown lang=${lang} now=${NOW} time-zone="Europe/Brussels"></sid-countdown>`,
  banner: (lang: string) =>
    html`<sid-theme-banner lang=${lang} year="2026" country="GB" dismissible></sid-theme-banner>`,
  carousel: (lang: string) => html`<sid-tip-carousel lang=${lang} audience="children" autoplay></sid-tip-carousel>`,
};

describe('visual baselines', () => {
  for (const [name, template] of Object.entries(elements)) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ar', 'he']) {
        for (const width of [320, 1024]) {
          it(`${name} ${theme} ${lang} ${width}`, async () => {
            const dir = lang === 'en' ? 'ltr' : 'rtl';
            const wrapper = await fixture<HTMLElement>(
              html`<div
                dir=${dir}
                style="width: ${width}px; padding: 8px; font-family: system-ui, sans-serif; background: ${theme === 'dark' ? '#000' : '#fff'}"
              >
                ${template(lang)}
              </div>`,
            );
            for (const el of wrapper.querySelectorAll('*')) {
              el.setAttribute('theme', theme);
              await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
            }
            await document.fonts.ready;
            for (const el of wrapper.querySelectorAll('*'))
              el.shadowRoot?.getAnimations().forEach((animation) => animation.finish());
            (document.activeElement as HTMLElement | null)?.blur();
            await visualDiff(wrapper, `${name}-${theme}-${lang}-${width}`);
          });
        }
      }
    }
  }
});
