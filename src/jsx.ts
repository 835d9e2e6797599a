/**
 * JSX typings for the bare tags in React 19, which sets properties and listens to custom events on custom elements
 * itself: `import type {} from 'sid-widgets/jsx';` once, then `<sid-countdown units="days" onsid-countdown-start={…}
 * />`.
 * The types, dist/jsx.d.ts, are generated from custom-elements.json (custom-elements-manifest.config.mjs); this module
 * has no code.
 */
export {};
