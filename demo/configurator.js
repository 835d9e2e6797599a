// The configurator: one form per element, built from custom-elements.json, a live preview, and snippets to copy.
// A static page: it reads the manifest, the version and cdn/integrity.json from the same host.
import { OFFICIAL_PAGE, VERSION } from '../cdn/sid-widgets.js';
import { drawPicture, pictureWords, shownWords, SIZES } from './picture.js';
import { COUNTRY_CODES } from '../dist/countries/countries.js';

const LANGUAGES = {
  '': 'The page’s language',
  ar: 'العربية',
  az: 'Azərbaycan dili',
  bg: 'Български',
  bn: 'বাংলা',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  'es-419': 'Español (Latinoamérica)',
  et: 'Eesti',
  fa: 'فارسی',
  fi: 'Suomi',
  fil: 'Filipino',
  fr: 'Français',
  ga: 'Gaeilge',
  he: 'עברית',
  hi: 'हिन्दी',
  hr: 'Hrvatski',
  hu: 'Magyar',
  hy: 'Հայերեն',
  id: 'Bahasa Indonesia',
  is: 'Íslenska',
  it: 'Italiano',
  ja: '日本語',
  ka: 'ქართული',
  ko: '한국어',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  mk: 'Македонски',
  ms: 'Bahasa Melayu',
  mt: 'Malti',
  nb: 'Norsk bokmål',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  'pt-BR': 'Português (Brasil)',
  ro: 'Română',
  ru: 'Русский',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sq: 'Shqip',
  sr: 'Српски',
  'sr-Latn': 'Srpski (latinica)',
  sv: 'Svenska',
  sw: 'Kiswahili',
  th: 'ไทย',
  tr: 'Türkçe',
  uk: 'Українська',
  ur: 'اردو',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};
const CDNS = {
  jsdelivr: (version, file) => `https://cdn.jsdelivr.net/npm/sid-widgets@${version}/cdn/${file}`,
  unpkg: (version, file) => `https://unpkg.com/sid-widgets@${version}/cdn/${file}`,
};
/** The major version: a CDN serves `sid-widgets@0/…` from the latest 0.x release, whose facts are the newest. */
const MAJOR = VERSION.split('.')[0];

/** The elements of custom-elements.json and the values of cdn/integrity.json, read before the form is built (below). */
let elements = [];
let integrity = {};

const form = document.querySelector('#configurator');
const fields = form.querySelector('#fields');
const preview = document.querySelector('#preview');
const output = {
  html: document.querySelector('#snippet-html'),
  react: document.querySelector('#snippet-react'),
  vue: document.querySelector('#snippet-vue'),
  angular: document.querySelector('#snippet-angular'),
};
const elementSelect = form.querySelector('#element');

/** What each element is, in words. */
const ELEMENT_NAMES = {
  'sid-countdown': 'Countdown to Safer Internet Day',
  'sid-theme-banner': "This year's theme, with a link to take part",
  'sid-tip-carousel': 'Online safety tips',
};

/**
 * Each setting in plain words: its label, a help line, and how it is chosen. Keyed by attribute name, or by
 * `tag attribute` where an element means something of its own.
 */
const WORDS = {
  lang: { label: 'Language', help: 'The language of the page, or one you choose.' },
  theme: {
    label: 'Colours',
    options: { auto: "Follow the visitor's light or dark setting", light: 'Light', dark: 'Dark' },
  },
  'sid-countdown date': {
    label: 'Count to another day or moment',
    help: 'Leave empty for the next Safer Internet Day. With a time, it counts to that moment.',
    picker: 'moment',
  },
  'time-zone': {
    label: 'Time zone whose day counts',
    help: "Leave empty for each visitor's own. Type a city to search, such as Brussels.",
    picker: 'zone',
  },
  now: {
    label: 'Freeze the clock for a preview',
    help: 'For screenshots: the countdown shows this moment.',
    picker: 'now',
  },
  units: {
    label: 'Show',
    picker: 'words',
    words: { days: 'Days', hours: 'Hours', minutes: 'Minutes', seconds: 'Seconds' },
  },
  format: {
    label: 'Unit names',
    options: { long: 'In full (days)', short: 'Short (days, abbreviated)', narrow: 'Narrowest (d)' },
  },
  'heading-level': {
    label: 'Heading level',
    help: 'So the heading fits your page: 2 under the page title, 3 inside a section with its own heading.',
    options: { 1: '1', 2: '2 (usual)', 3: '3', 4: '4', 5: '5', 6: '6' },
  },
  calendar: { label: 'Show an "Add to calendar" link', help: 'Visitors can put the day in their own calendar.' },
  year: { label: 'Year', help: 'Leave empty for this year, or next year once the day has passed.', picker: 'year' },
  country: { label: 'Country', help: 'Its national theme and helpline, where we know them.', picker: 'country' },
  'sid-tip-carousel country': {
    label: 'Country',
    help: "The tips about getting help end with that country's helpline for children, where we know one.",
    picker: 'country',
  },
  heading: { label: 'Your own heading', help: 'Instead of the theme.' },
  message: { label: 'Your own message', help: 'Instead of ours.' },
  href: { label: 'Where the button leads', help: 'A web address starting with https://. Empty: the official page.' },
  cta: { label: 'Button text', help: 'Empty: "Find out how to take part", in the visitor\u2019s language.' },
  layout: { label: 'Shape', options: { card: 'A card', bar: 'A full-width bar' } },
  dismissible: { label: 'Let visitors close it' },
  'dismiss-focus': {
    label: 'After closing, move to',
    help: 'The id of an element on your page (optional). Empty: the next thing that can take focus.',
  },
  remember: { label: 'Keep it closed for the rest of the year', help: 'Stored in the visitor\u2019s browser only.' },
  'show-countdown': { label: 'Show the days left' },
  'show-helpline': { label: "Show the country's helpline for children", help: 'Needs a country.' },
  label: { label: 'Name for screen readers', help: 'When a page has two of them. Empty: chosen for you.' },
  audience: {
    label: 'Tips for',
    picker: 'words',
    words: { children: 'Children', teens: 'Teens', parents: 'Parents and carers', educators: 'Teachers and educators' },
  },
  topics: {
    label: 'Topics',
    picker: 'words',
    words: {
      privacy: 'Privacy',
      passwords: 'Passwords',
      kindness: 'Kindness',
      misinformation: 'Is it true?',
      scams: 'Scams',
      wellbeing: 'Wellbeing',
      help: 'Getting help',
    },
  },
  autoplay: { label: 'Show the tips one after another', help: 'With a pause button; never with reduced motion.' },
  interval: { label: 'Seconds per tip', help: 'At least 3; 8 if empty.', picker: 'number' },
  shuffle: { label: 'Mix up the order' },
  'tip-of-the-day': { label: 'One tip a day', help: 'The same for every visitor that day.' },
  src: { label: 'Your own tips file', help: 'A web address of a JSON file of your tips (see the README).' },
};

const words = (tag, name) => WORDS[`${tag} ${name}`] ?? WORDS[name] ?? {};
/** A manifest description without its markdown, for a setting we have no words for yet. */
const plain = (text) => (text ?? '').replace(/`([^`]*)`/g, '$1');

const zones = (() => {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Chrome 99, Safari 15.4: before them the list offers the visitor's own zone, and any other can still be typed
  // eslint-disable-next-line compat/compat, es-x/no-intl-supportedvaluesof
  const all = Intl.supportedValuesOf?.('timeZone') ?? [];
  return [own, ...all.filter((zone) => zone !== own)];
})();

/** Country codes, named in the page's language by Intl.DisplayNames, sorted by name. */
const countries = (() => {
  const names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' });
  return [...COUNTRY_CODES]
    .map((code) => [code, code === 'XK' ? 'Kosovo' : (names.of(code) ?? code)])
    .sort((a, b) => a[1].localeCompare(b[1]));
})();

function current() {
  return elements.find((element) => element.tagName === elementSelect.value);
}

/** The form control for one setting, with its label and help; `read()` gives its value for the element. */
function control(tag, attribute) {
  const id = `attr-${attribute.name}`;
  const type = attribute.type?.text ?? '';
  const { label: labelText, help, options, picker, words: wordList } = words(tag, attribute.name);
  const row = document.createElement('div');
  const hint = Object.assign(document.createElement('small'), { id: `${id}-hint`, textContent: help ?? '' });
  const label = Object.assign(document.createElement('label'), {
    htmlFor: id,
    textContent: labelText ?? plain(attribute.description),
  });
  let input;
  let read = () => input.value.trim();
  if (picker === 'words') {
    // a group of checkboxes; the fieldset carries the id, its legend the name
    const group = Object.assign(document.createElement('fieldset'), { id, className: 'choices' });
    group.append(Object.assign(document.createElement('legend'), { textContent: labelText }));
    for (const [value, text] of Object.entries(wordList)) {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', value, name: attribute.name });
      const item = document.createElement('label');
      item.append(box, ` ${text}`);
      group.append(item);
    }
    read = () => [...group.querySelectorAll('input:checked')].map((box) => box.value).join(' ');
    row.className = 'field';
    row.append(group, hint);
    group.setAttribute('aria-describedby', hint.id);
    return { row, read };
  }
  if (attribute.name === 'lang') {
    input = document.createElement('select');
    for (const [code, name] of Object.entries(LANGUAGES)) input.append(new Option(name, code));
  } else if (picker === 'country') {
    input = document.createElement('select');
    input.append(new Option('None', ''));
    for (const [code, name] of countries) input.append(new Option(name, code));
  } else if (picker === 'zone') {
    input = Object.assign(document.createElement('input'), { type: 'text', autocomplete: 'off' });
    const list = Object.assign(document.createElement('datalist'), { id: `${id}-zones` });
    for (const zone of zones) list.append(new Option(zone.replaceAll('_', ' '), zone));
    input.setAttribute('list', list.id);
    row.append(list);
  } else if (picker === 'moment' || picker === 'now') {
    // a date, and a time where one is wanted; written with this browser's offset, which the element needs
    input = Object.assign(document.createElement('input'), { type: picker === 'now' ? 'datetime-local' : 'date' });
    const time = Object.assign(document.createElement('input'), { type: 'time', id: `${id}-time` });
    const timeLabel = Object.assign(document.createElement('label'), {
      htmlFor: time.id,
      textContent: 'At (optional)',
    });
    if (picker === 'moment') row.append(timeLabel, time);
    read = () => {
      const [date, clock] = picker === 'now' ? input.value.split('T') : [input.value, time.value];
      if (!date) return '';
      if (!clock) return date;
      const offset = -new Date(`${date}T${clock}`).getTimezoneOffset();
      const pad = (value) => String(Math.floor(Math.abs(value))).padStart(2, '0');
      return `${date}T${clock}:00${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
    };
  } else if (options || choices(type).length) {
    input = document.createElement('select');
    input.append(new Option('As usual', ''));
    for (const value of choices(type).length ? choices(type) : Object.keys(options))
      input.append(new Option(options?.[value] ?? value, value));
  } else if (type === 'boolean') {
    input = Object.assign(document.createElement('input'), { type: 'checkbox' });
    input.setAttribute('role', 'switch');
    read = () => (input.checked ? true : '');
  } else {
    input = Object.assign(document.createElement('input'), {
      type: picker === 'number' || picker === 'year' || type.startsWith('number') ? 'number' : 'text',
    });
  }
  input.id = id;
  input.name = attribute.name;
  input.setAttribute('aria-describedby', hint.id);
  row.className = `field${type === 'boolean' ? ' switch' : ''}`;
  if (type === 'boolean') row.append(input, label, hint);
  else row.prepend(label, input, hint);
  return { row, read };
}

/** The choices a type such as `'card' | 'bar'` allows, or none for free text. */
function choices(type) {
  const literals = [...(type ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
  return literals.length > 1 && /^('[^']*'\s*\|\s*)+'[^']*'$/.test(type.trim()) ? literals : [];
}

let controls = [];

function values() {
  const chosen = [];
  for (const { name, read } of controls) {
    const value = read();
    if (value === true) chosen.push([name, '']);
    else if (value) chosen.push([name, value]);
  }
  return chosen;
}

/** A value inside an HTML attribute's double quotes (HTML, Vue templates and JSX read the same entities). */
const escapeAttribute = (value) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** A value in an Angular template: braces as entities too, so that `{{` starts no interpolation. */
const escapeAngularAttribute = (value) => escapeAttribute(value).replaceAll('{', '&#123;').replaceAll('}', '&#125;');
/** Text inside a JavaScript template literal: backslash, backtick and `${` written as text. */
const escapeTemplateLiteral = (text) => text.replace(/[\\`$]/g, (char) => `\\${char}`);
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const component = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

function tagMarkup(tag, chosen, escape = escapeAttribute, content = '') {
  const attributes = chosen
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  return `<${tag}${attributes}>${content}</${tag}>`;
}

/** Text in HTML. */
const escapeText = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * What a configured element says before its script arrives, or where it never does (blocked, or a browser below the
 * floor): the essentials it shows, read from the rendered preview, so that they are in its language and its words —
 * the day and its date, the theme with the link, a first tip. No default slot shows them once the element starts.
 */
function fallbackOf(live) {
  const words = shownWords(live);
  const lines = (...parts) => parts.filter(Boolean).join('<br>');
  if (live.localName === 'sid-countdown') {
    const { date } = words;
    const time = date && `<time datetime="${escapeAttribute(date.datetime)}">${escapeText(date.text)}</time>`;
    return lines(escapeText(words.heading), time || escapeText(words.message));
  }
  if (live.localName === 'sid-theme-banner') {
    const { cta } = words;
    const link = cta && `<a href="${escapeAttribute(cta.href)}">${escapeText(cta.text)}</a>`;
    return lines(escapeText(words.heading), escapeText(words.day), escapeText(words.message), link);
  }
  return lines(escapeText(words.tip.title), escapeText(words.tip.text));
}

/** The height the element keeps (its `--…-min-height` in the manifest), reserved until it is defined. */
const reservedHeight = (element) =>
  element.cssProperties?.find((property) => property.name.endsWith('-min-height'))?.default;

/** What keeps the HTML snippet's fallback in step with the preview it is read from. */
let watching;

function render() {
  const element = current();
  const chosen = values();
  const tag = element.tagName;
  const classic = form.classic.checked;
  // pinned to this release and checked by its integrity value, or following the major version, which no value can check
  const following = form.facts.value === 'current';
  const url = (file) => CDNS[form.cdn.value](following ? MAJOR : VERSION, file);
  // a module loads the element's own entry, which registers only it; the classic script has every element in one file
  const file = classic ? 'sid-widgets.iife.js' : `${tag}.js`;
  document.querySelector('#pinned-note').hidden = following;
  document.querySelector('#following-note').hidden = !following;
  const checked = following ? '' : `\n        integrity="${integrity[file]}" crossorigin="anonymous"`;
  const script = classic
    ? `<script src="${url(file)}"${checked} defer></script>`
    : `<script type="module" src="${url(file)}"${checked}></script>`;
  const height = reservedHeight(element);
  const reserve = height ? `\n<style>${tag}:not(:defined) { display: block; min-height: ${height}; }</style>` : '';
  const html = (fallback) =>
    `${classic ? '<meta charset="utf-8">\n' : ''}${script}${reserve}\n\n${tagMarkup(tag, chosen, escapeAttribute, fallback)}`;
  output.html.textContent = html('');

  const props = chosen
    .map(([name, value]) => (value === '' ? ` ${camel(name)}` : ` ${camel(name)}="${escapeAttribute(value)}"`))
    .join('');
  output.react.textContent = `// npm install sid-widgets\nimport { ${component(tag)} } from 'sid-widgets/react'; // React 18 wrappers\n\n<${component(tag)}${props} />\n\n// React 19: import 'sid-widgets'; then use the tag itself\n${tagMarkup(tag, chosen)}`;
  output.vue.textContent = `<!-- npm install sid-widgets; isCustomElement: (tag) => tag.startsWith('sid-') -->\n<script setup>\nimport 'sid-widgets';\n</script>\n<template>\n  ${tagMarkup(tag, chosen)}\n</template>`;
  output.angular.textContent = `// npm install sid-widgets; in main.ts: import 'sid-widgets';\n@Component({\n  standalone: true,\n  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n  template: \`${escapeTemplateLiteral(tagMarkup(tag, chosen, escapeAngularAttribute))}\`,\n})`;

  // at a phone's width and a desktop's, light and dark (unless the colours are chosen)
  for (const frame of preview.querySelectorAll('[data-theme]')) {
    const live = document.createElement(tag);
    for (const [name, value] of chosen) live.setAttribute(name, value);
    if (!chosen.some(([name]) => name === 'theme')) live.setAttribute('theme', frame.dataset.theme);
    // four copies of one region would share a name: each is named after its preview
    const caption = frame.closest('figure').querySelector('figcaption').textContent;
    if (tag !== 'sid-countdown' && !chosen.some(([name]) => name === 'label'))
      live.setAttribute('label', `Preview ${caption.toLowerCase()}`);
    frame.replaceChildren(live);
  }
  // the snippet speaks before its script, in the preview's language and words, and follows what the preview shows as
  // its parts arrive (a language, a country's theme)
  watching?.disconnect();
  const first = preview.querySelector('[data-theme] > *');
  const pictures = document.querySelector('#pictures');
  pictures.hidden = tag === 'sid-tip-carousel';
  const write = () => {
    const snippet = first.shadowRoot && html(fallbackOf(first));
    if (snippet && output.html.textContent !== snippet) output.html.textContent = snippet;
    if (!pictures.hidden && first.shadowRoot) {
      const words = pictureWords(first);
      document.querySelector('#picture-alt').textContent = words.alt;
      document.querySelector('#picture-link').textContent = words.link ?? OFFICIAL_PAGE;
    }
  };
  watching = new MutationObserver(write);
  customElements.whenDefined(tag).then(() => {
    if (!first.isConnected) return;
    watching.observe(first.shadowRoot, { subtree: true, childList: true, characterData: true });
    write();
  });
}

function build() {
  const tag = current().tagName;
  const built = (current().attributes ?? []).map((attribute) => ({ name: attribute.name, ...control(tag, attribute) }));
  controls = built;
  fields.replaceChildren(...built.map(({ row }) => row));
  render();
}

elementSelect.addEventListener('change', build);
form.addEventListener('input', render);
form.addEventListener('change', render);
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.querySelector(`#${button.dataset.copy}`).textContent;
    const status = document.querySelector('#copy-status');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied. Paste it into your page.';
    } catch {
      status.textContent = 'Your browser did not allow copying: select the text and copy it.';
    }
    setTimeout(() => (status.textContent = ''), 4000);
  });
}
for (const button of document.querySelectorAll('[data-picture]')) {
  button.addEventListener('click', async () => {
    const live = preview.querySelector('[data-theme] > *');
    const size = SIZES[button.dataset.picture];
    const blob = await drawPicture(live, size);
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `${live.localName.replace('sid-', 'safer-internet-day-')}-${size.width * size.scale}x${size.height * size.scale}.png`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  });
}
document.querySelector('#version').textContent = VERSION;
document.querySelector('#major-version').textContent = MAJOR;
// no top-level await: Chrome 88, on the floor, has none
Promise.all([
  fetch(new URL('../custom-elements.json', import.meta.url)).then((response) => response.json()),
  fetch(new URL('../cdn/integrity.json', import.meta.url)).then((response) => response.json()),
]).then(([manifest, hashes]) => {
  integrity = hashes;
  elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const element of elements)
    elementSelect.append(new Option(ELEMENT_NAMES[element.tagName] ?? element.tagName, element.tagName));
  build();
  document.documentElement.dataset.ready = '';
});
