import { expect } from '@open-wc/testing';
import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import type {} from '../../dist/jsx.js';
import type { SidCountdown } from '../../src/index.js';
import { rendered, visibleText } from '../helpers.js';

describe('React 19, bare tags', () => {
  it('mounts every element, sets attributes and properties, and receives an event', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const ref = createRef<SidCountdown>();
    const received: string[] = [];
    const render = (now: string) =>
      flushSync(() =>
        root.render(
          <>
            <sid-countdown
              ref={ref}
              now={now}
              time-zone="Europe/Brussels"
              units="days hours"
              onsid-countdown-start={(event: CustomEvent) => received.push(event.detail.date)}
            />
            <sid-theme-banner />
            <sid-tip-carousel />
          </>,
        ),
      );
    try {
      render('2027-02-08T22:00:00Z');
      const countdown = ref.current!;
      await countdown.updateComplete;
      expect(countdown.timeZone).to.equal('Europe/Brussels');
      expect(visibleText(countdown)).to.contain('0 days 1 hour');
      for (const el of await rendered(host)) expect(visibleText(el), el.localName).to.match(/\S/);
      render('2027-02-09T09:00:00Z');
      await ref.current!.updateComplete;
      expect(visibleText(ref.current!)).to.contain('Today is Safer Internet Day!');
      expect(received).to.deep.equal(['2027-02-09']);
    } finally {
      root.unmount();
      host.remove();
    }
  });
});
