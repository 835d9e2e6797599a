// Generates custom-elements.json from the source's JSDoc (`npm run analyze`, part of `npm run build`), and from it the
// editors' data (VS Code's custom data, JetBrains' web-types) and the JSX types of the bare tags (dist/jsx.d.ts).
// Members tagged @internal stay out of all of them.
import { appendFileSync, readFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = (tag) => ({ name: 'README', url: `https://www.npmjs.com/package/${pkg.name}#${tag}` });

/** The modules a partner imports (package.json `exports`) and the elements': the rest is internal, and left out. */
const PUBLIC = /^src\/([\w-]+\.ts|calendar\/calendar\.ts|theme-banner\/themes\.ts|[\w-]+\/[\w-]+\.component\.ts)$/;

/** What the analyzer cannot know from the code alone, and what the manifest leaves out. */
const sidElements = {
  name: 'sid-elements',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules = customElementsManifest.modules.filter((module) => PUBLIC.test(module.path));
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (declaration.members)
        declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
      // SidElement's internal emit() dispatches events by a variable name; the real events are documented with @fires
      if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
      if (declaration.events?.length === 0) delete declaration.events;
      // `lang` is the element's own HTMLElement property
      for (const attribute of declaration.attributes ?? [])
        if (attribute.name === 'lang') attribute.fieldName ??= 'lang';
    }
  },
};

/** React 19 reads JSX types from its own namespace: the generated types join it. */
const reactJsx = {
  name: 'react-jsx',
  packageLinkPhase() {
    appendFileSync(
      'dist/jsx.d.ts',
      `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
    );
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    sidElements,
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: null,
      referencesTemplate: (name, tag) => [readme(tag)],
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      packageJson: true,
      referencesTemplate: (name, tag) => readme(tag),
      hideLogs: true,
    }),
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', globalTypePath: './classes.js', hideLogs: true }),
    reactJsx,
  ],
};
