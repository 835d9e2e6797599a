// The configurator: one form per element, built from custom-elements.json, a live preview, and snippets to copy.
// A static page: it reads the manifest, the version and cdn/integrity.json from the same host.
import { VERSION } from '../cdn/sid-widgets.js';

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
  jsdelivr: (file) => `https://cdn.jsdelivr.net/npm/sid-widgets@${VERSION}/cdn/${file}`,
  unpkg: (file) => `https://unpkg.com/sid-widgets@${VERSION}/cdn/${file}`,
};

const [manifest, integrity] = await Promise.all([
  fetch(new URL('../custom-elements.json', import.meta.url)).then((response) => response.json()),
  fetch(new URL('../cdn/integrity.json', import.meta.url)).then((response) => response.json()),
]);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

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
for (const element of elements) elementSelect.append(new Option(`<${element.tagName}>`, element.tagName));

/** The choices a type such as `'card' | 'bar'` allows, or none for free text. */
function choices(type) {
  const literals = [...(type ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
  return literals.length > 1 && /^('[^']*'\s*\|\s*)+'[^']*'$/.test(type.trim()) ? literals : [];
}

function current() {
  return elements.find((element) => element.tagName === elementSelect.value);
}

function control(attribute) {
  const id = `attr-${attribute.name}`;
  const type = attribute.type?.text ?? '';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.name;
  const hint = document.createElement('small');
  hint.id = `${id}-hint`;
  hint.textContent = attribute.description ?? '';
  let input;
  if (attribute.name === 'lang') {
    input = document.createElement('select');
    for (const [code, name] of Object.entries(LANGUAGES)) input.append(new Option(name, code));
  } else if (choices(type).length) {
    input = document.createElement('select');
    input.append(new Option('(default)', ''));
    for (const choice of choices(type)) input.append(new Option(choice, choice));
  } else if (type === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
  } else {
    input = document.createElement('input');
    input.type = type.startsWith('number') ? 'number' : 'text';
    if (attribute.default) input.placeholder = attribute.default.replace(/^'|'$/g, '');
  }
  input.id = id;
  input.name = attribute.name;
  input.setAttribute('aria-describedby', hint.id);
  const row = document.createElement('div');
  row.className = `field${type === 'boolean' ? ' checkbox' : ''}`;
  row.append(label, input, hint);
  if (type === 'boolean') row.prepend(input);
  return row;
}

function values() {
  const chosen = [];
  for (const input of fields.querySelectorAll('input, select')) {
    if (input.type === 'checkbox') {
      if (input.checked) chosen.push([input.name, '']);
    } else if (input.value.trim() !== '') {
      chosen.push([input.name, input.value.trim()]);
    }
  }
  return chosen;
}

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const component = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

function tagMarkup(tag, chosen) {
  const attributes = chosen
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attributes}></${tag}>`;
}

function render() {
  const element = current();
  const chosen = values();
  const tag = element.tagName;
  const cdn = CDNS[form.cdn.value];
  const classic = form.classic.checked;
  // a module loads the element's own entry, which registers only it; the classic script has every element in one file
  const file = classic ? 'sid-widgets.iife.js' : `${tag}.js`;
  const script = classic
    ? `<script src="${cdn(file)}"\n        integrity="${integrity[file]}" crossorigin="anonymous" defer></script>`
    : `<script type="module" src="${cdn(file)}"\n        integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
  output.html.textContent = `${classic ? '<meta charset="utf-8">\n' : ''}${script}\n\n${tagMarkup(tag, chosen)}`;

  const props = chosen
    .map(([name, value]) => (value === '' ? ` ${camel(name)}` : ` ${camel(name)}="${escapeAttribute(value)}"`))
    .join('');
  output.react.textContent = `// npm install sid-widgets\nimport { ${component(tag)} } from 'sid-widgets/react'; // React 18 wrappers\n\n<${component(tag)}${props} />\n\n// React 19: import 'sid-widgets'; then use the tag itself\n${tagMarkup(tag, chosen)}`;
  output.vue.textContent = `<!-- npm install sid-widgets; isCustomElement: (tag) => tag.startsWith('sid-') -->\n<script setup>\nimport 'sid-widgets';\n</script>\n<template>\n  ${tagMarkup(tag, chosen)}\n</template>`;
  output.angular.textContent = `// npm install sid-widgets; in main.ts: import 'sid-widgets';\n@Component({\n  standalone: true,\n  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n  template: \`${tagMarkup(tag, chosen)}\`,\n})`;

  const live = document.createElement(tag);
  for (const [name, value] of chosen) live.setAttribute(name, value);
  preview.replaceChildren(live);
}

function build() {
  fields.replaceChildren(...(current().attributes ?? []).map(control));
  render();
}

elementSelect.addEventListener('change', build);
form.addEventListener('input', render);
form.addEventListener('change', render);
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.querySelector(`#${button.dataset.copy}`).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select the text and copy it';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}
document.querySelector('#version').textContent = VERSION;
build();
document.documentElement.dataset.ready = '';
