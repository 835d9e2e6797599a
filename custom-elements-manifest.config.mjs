// Generates custom-elements.json from the source's JSDoc (`npm run analyze`, part of `npm run build`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'sid-drop-generic-emit',
      // SidElement.emit() dispatches events by a variable name; the real events are documented with @fires.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
            if (declaration.events?.length === 0) delete declaration.events;
          }
        }
      },
    },
  ],
};
