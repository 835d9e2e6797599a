// README's API tables (between `<!-- api:TAG -->` and `<!-- /api:TAG -->`) come from custom-elements.json, so that
// they cannot drift from the code (the editors' data comes from it too, by the analyzer's plugins).
// `--write-readme` rewrites README; `--check-readme` fails when README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const literals = (type) => [...(type ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
const cell = (text) => clean(text).replaceAll('|', '\\|');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function apiTables(element) {
  const sections = [];
  const attributes = (element.attributes ?? []).map((attribute) => [
    code(attribute.name),
    code(attribute.fieldName ?? ''),
    literals(attribute.type?.text).length > 1
      ? literals(attribute.type.text).map(code).join(', ')
      : code(cell(attribute.type?.text?.replace(/ \| undefined$/, '') ?? 'string')),
    attribute.default ? code(attribute.default.replace(/^'|'$/g, '')) : '',
    cell(attribute.description),
  ]);
  sections.push(
    `#### Attributes and properties\n\n${table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes)}`,
  );
  const events = (element.events ?? []).map((event) => [code(event.name), cell(event.description)]);
  if (events.length)
    sections.push(`#### Events\n\nAll bubble and are composed.\n\n${table(['Event', 'Description'], events)}`);
  const slots = (element.slots ?? []).map((slot) => [
    slot.name ? code(slot.name) : '(default)',
    cell(slot.description),
  ]);
  if (slots.length) sections.push(`#### Slots\n\n${table(['Slot', 'Description'], slots)}`);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  if (parts.length) sections.push(`#### Parts\n\n${table(['Part', 'Description'], parts)}`);
  const properties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default ?? ''),
    cell(property.description),
  ]);
  if (properties.length)
    sections.push(`#### CSS custom properties\n\n${table(['Property', 'Default', 'Description'], properties)}`);
  const states = (element.cssStates ?? []).map((state) => [code(`:state(${state.name})`), cell(state.description)]);
  if (states.length) sections.push(`#### Custom states\n\n${table(['State', 'Description'], states)}`);
  return sections.join('\n\n');
}

const mode = process.argv[2];
if (mode === '--write-readme' || mode === '--check-readme') {
  const readme = readFileSync('README.md', 'utf8');
  let updated = readme;
  for (const element of elements) {
    const pattern = new RegExp(`(<!-- api:${element.tagName} -->)[\\s\\S]*?(<!-- /api:${element.tagName} -->)`);
    if (!pattern.test(updated)) {
      console.error(`README.md has no <!-- api:${element.tagName} --> … <!-- /api:${element.tagName} --> block.`);
      process.exit(1);
    }
    updated = updated.replace(pattern, (_, start, end) => `${start}\n${apiTables(element)}\n${end}`);
  }
  if (mode === '--write-readme') {
    writeFileSync('README.md', updated);
    console.log('README.md API tables written from custom-elements.json.');
  } else if (updated !== readme) {
    console.error('README.md API tables differ from custom-elements.json: run `npm run docs` and commit README.md.');
    process.exit(1);
  } else {
    console.log('✓ README.md API tables match custom-elements.json.');
  }
}
