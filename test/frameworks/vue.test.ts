import { expect } from '@open-wc/testing';
import { createApp, nextTick, ref } from 'vue';
import '../../src/index.js';
import type { SidCountdown } from '../../src/index.js';
import { rendered, visibleText } from '../helpers.js';

describe('Vue 3', () => {
  it('mounts every element without "Failed to resolve component", binds attributes and properties, and receives an event', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const warnings: string[] = [];
    const now = ref('2027-02-08T22:00:00Z');
    const received: string[] = [];
    const app = createApp({
      setup: () => ({
        now,
        zone: 'Europe/Brussels',
        onStart: (event: CustomEvent) => received.push(event.detail.date),
      }),
      template: `
        <sid-countdown ref="countdown" :now="now" .timeZone="zone" units="days hours" @sid-countdown-start="onStart"></sid-countdown>
        <sid-theme-banner></sid-theme-banner>
        <sid-tip-carousel></sid-tip-carousel>`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sid-');
    app.config.warnHandler = (message) => warnings.push(message);
    try {
      app.mount(host);
      const countdown = host.querySelector('sid-countdown') as SidCountdown;
      await countdown.updateComplete;
      expect(countdown.timeZone).to.equal('Europe/Brussels');
      expect(visibleText(countdown)).to.contain('0 days 1 hour');
      for (const el of await rendered(host)) expect(visibleText(el), el.localName).to.match(/\S/);
      now.value = '2027-02-09T09:00:00Z';
      await nextTick();
      await countdown.updateComplete;
      expect(visibleText(countdown)).to.contain('Today is Safer Internet Day!');
      expect(received).to.deep.equal(['2027-02-09']);
      expect(warnings).to.deep.equal([]);
    } finally {
      app.unmount();
      host.remove();
    }
  });
});
