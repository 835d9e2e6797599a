import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings, visibleText } from '../helpers.js';

/**
 * Run in a Chromium started with TZ=UTC+2 (web-test-runner.config.js), a system zone Chromium cannot map: it reports
 * `Etc/Unknown`, as it does on some real devices, and every element used to throw and stay empty.
 */
describe('in a Chromium that reports its time zone as Etc/Unknown', () => {
  it('shows every element, with one warning about the zone', async () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone, 'the browser under test').to.equal('Etc/Unknown');
    let wrapper!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      wrapper = await fixture<HTMLElement>(
        html`<div>
          <sid-countdown now="2027-02-01T09:00:00Z" units="days"></sid-countdown>
          <sid-theme-banner year="2027"></sid-theme-banner>
          <sid-tip-carousel tip-of-the-day></sid-tip-carousel>
        </div>`,
      );
      for (let i = 0; i < 4; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        for (const el of wrapper.children)
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
    });
    const [countdown, banner, carousel] = [...wrapper.children];
    expect(visibleText(countdown!)).to.contain('8 days');
    expect(visibleText(banner!)).to.contain('Safer Internet Day 2027');
    expect(visibleText(carousel!)).to.match(/For (children|teens|parents|teachers)/);
    expect(warnings.filter((warning) => warning.includes('"Etc/Unknown"'))).to.have.length(1);
  });
});
