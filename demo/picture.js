// A picture of a configured countdown or banner, for a newsletter or a post where no script runs: drawn in the browser
// on a canvas, from what the rendered preview shows (its words, in its language; its colours; its direction), so that
// it says exactly what the element says. Nothing is uploaded anywhere.
//
// Why a canvas of our own and not a DOM-to-image library: those copy the page into an SVG foreignObject, which loses
// shadow roots' adopted styles in some browsers and taints the canvas in others; and a picture for an email needs a
// layout of its own (big, centred, the link written out), not a copy of a widget made for a page.

/** The sizes offered: a post's (1200 × 630, the size social networks show in full) and an email's (600 px wide, drawn
 * at twice the density for sharp text on phones). */
export const SIZES = {
  post: { width: 1200, height: 630, scale: 1 },
  email: { width: 600, height: 340, scale: 2 },
};

const clean = (text) => text?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The words a rendered element shows, in its language, read from its shadow root: its heading, its date (as shown and
 * as a machine reads it), its day line and message, its call to action (its words and address), the tip on show. The
 * configurator's fallback text and the pictures are both made of them.
 */
export function shownWords(live) {
  const root = live.shadowRoot;
  const text = (selector) => clean(root.querySelector(selector)?.textContent);
  const time = root.querySelector('[part~="date"] time') ?? root.querySelector('time');
  const cta = root.querySelector('a[part~="cta"]');
  return {
    heading: text('[part~="heading"]'),
    date: time && { text: clean(time.textContent), datetime: time.dateTime },
    day: text('[part~="day"]'),
    message: text('[part~="message"]'),
    cta: cta && { text: clean(cta.textContent), href: cta.href },
    tip: { title: text('[part~="slides"] [part~="title"]'), text: text('[part~="slides"] [part~="text"]') },
  };
}

/**
 * What a picture of `live` says, in its language: its lines (the largest first), the link to put around it (the
 * banner's own; none of a countdown's), and the alternative text. Only a countdown or a banner.
 */
export function pictureWords(live) {
  const words = shownWords(live);
  if (live.localName === 'sid-countdown') {
    // the day and the date it counts to: a count of days would be stale in tomorrow's inbox
    const lines = [words.heading, words.date?.text].filter(Boolean);
    return { lines, sizes: [0.1, 0.075], link: undefined, alt: lines.join(' – ') };
  }
  const lines = [words.heading, words.day, words.message].filter(Boolean);
  return {
    lines: [...lines, words.cta?.text].filter(Boolean),
    sizes: [0.085, 0.045, 0.04, 0.045],
    link: words.cta?.href,
    alt: lines.join(' – '),
  };
}

/** Splits `text` into lines no wider than `width` at the canvas's font (at spaces; a script without them, by letter). */
function wrap(context, text, width) {
  const words = text.includes(' ') ? text.split(' ') : [...text];
  const glue = text.includes(' ') ? ' ' : '';
  const lines = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}${glue}${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws `live` (a rendered countdown or banner) at `size` (one of SIZES) and resolves to a PNG blob. Colours, font and
 * direction are the preview's own.
 */
export function drawPicture(live, size) {
  const { width, height, scale } = size;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  context.scale(scale, scale);
  const base = live.shadowRoot.querySelector('[part~="base"]');
  const style = getComputedStyle(base);
  const accent = getComputedStyle(live.shadowRoot.querySelector('[part~="value"], a[part~="cta"], [part~="heading"]'));
  context.fillStyle = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : style.backgroundColor;
  context.fillRect(0, 0, width, height);
  context.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  const family = style.fontFamily || 'sans-serif';
  const { lines, sizes } = pictureWords(live);
  const margin = width * 0.07;
  // each line in its size, wrapped; the whole block centred, shrunk until it fits
  let shrink = 1;
  let laid = [];
  for (; shrink > 0.3; shrink *= 0.9) {
    laid = lines.flatMap((line, index) => {
      const px = Math.round(width * (sizes[index] ?? sizes[sizes.length - 1]) * shrink);
      context.font = `${index === 0 ? 700 : 400} ${px}px ${family}`;
      return wrap(context, line, width - 2 * margin).map((text) => ({ text, px, index }));
    });
    const total = laid.reduce((sum, line) => sum + line.px * 1.3, 0);
    if (total <= height - 2 * margin) break;
  }
  let y = (height - laid.reduce((sum, line) => sum + line.px * 1.3, 0)) / 2;
  for (const line of laid) {
    y += line.px * 1.3;
    context.font = `${line.index === 0 ? 700 : 400} ${line.px}px ${family}`;
    context.fillStyle = line.index === 0 ? accent.color : style.color;
    context.fillText(line.text, width / 2, y - line.px * 0.3);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
