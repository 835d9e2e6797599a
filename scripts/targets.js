// Issue 24's targets for what a page costs a phone: its bytes (every file it fetches, brotli; `npm run size` holds them
// in CI) and its main-thread load and idle as ratios to the peer page that does the same job (`npm run bench`).
export const TARGETS = {
  countdown: { bytes: 12_000, load: 1.2, idle: 1.0 },
  carousel: { bytes: 17_500, load: 1.25, idle: 0.5 },
  'all three': { bytes: 25_000, load: 1.0, idle: 0.6 },
};
