import { expect } from '@open-wc/testing';
import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SidCountdown, SidThemeBanner, SidTipCarousel } from '../../src/react.js';
import type { SidCountdown as SidCountdownElement } from '../../src/index.js';
import { rendered, visibleText } from '../helpers.js';

describe('React 18, through the sid-widgets/react wrappers', () => {
  it('runs on React 18', async () => {
    const { version } = await import('react');
    expect(version).to.match(/^18\./);
  });

  it('mounts every element, sets properties (not strings), and calls the event props', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const ref = createRef<SidCountdownElement>();
    const received: string[] = [];
    const render = (now: string) =>
      flushSync(() =>
        root.render(
          <>
            <SidCountdown
              ref={ref}
              now={now}
              timeZone="Europe/Brussels"
              units="days hours"
              onCountdownStart={(event) => received.push(event.detail.date)}
            />
            <SidThemeBanner />
            <SidTipCarousel />
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
      await countdown.updateComplete;
      expect(visibleText(countdown)).to.contain('Today is Safer Internet Day!');
      expect(received).to.deep.equal(['2027-02-09']);
    } finally {
      root.unmount();
      host.remove();
    }
  });
});
