import { expect, fixture, html } from '@open-wc/testing';
import { SidCountdown, SidThemeBanner, SidTipCarousel } from '../src/classes.js';
import { settle, TAGS, visibleText } from './helpers.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const registered = () => TAGS.filter((tag) => customElements.get(tag));

describe('sid-widgets/classes.js', () => {
  it('registers no tag when imported', () => {
    expect(registered()).to.deep.equal([]);
  });

  it("renders the classes under a partner's own names without registering ours, until a banner shows its countdown", async () => {
    customElements.define('school-countdown', class extends SidCountdown {});
    customElements.define('school-banner', class extends SidThemeBanner {});
    customElements.define('school-tips', class extends SidTipCarousel {});
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <school-countdown now="2027-02-01T09:00:00Z" time-zone="UTC" units="days"></school-countdown>
        <school-banner year="2026"></school-banner>
        <school-tips></school-tips>
      </div>`,
    );
    const [countdown, banner, tips] = [...wrapper.children] as Updatable[];
    await settle(countdown!, banner!, tips!);
    expect(visibleText(countdown!)).to.contain('8 days');
    expect(visibleText(banner!)).to.contain('Together for a better internet');
    expect(visibleText(tips!)).to.contain('For children');
    expect(registered(), 'tags registered by rendering the classes').to.deep.equal([]);

    (banner as SidThemeBanner).showCountdown = true;
    await settle(banner!);
    expect(registered(), 'the banner registers the countdown it shows').to.deep.equal(['sid-countdown']);
    const embedded = banner!.shadowRoot!.querySelector<Updatable>('sid-countdown')!;
    await embedded.updateComplete;
    expect(visibleText(embedded), "the countdown to the banner's day, rendered")
      .to.contain('took place on')
      .and.to.contain('2026');
  });
});
