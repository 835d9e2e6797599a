import { VERSION } from './version.js';

const WARNED = Symbol.for('sid-widgets.version-conflict-warned');

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is registered already, so that a page which loads sid-widgets twice (a snippet pasted
 * twice, or the CDN file beside the npm build) keeps one working definition and never throws. When two different
 * versions meet, one console warning for the whole page names both.
 */
export function define(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  const globals = globalThis as unknown as Record<symbol, boolean>;
  if (existing.version !== VERSION && !globals[WARNED]) {
    globals[WARNED] = true;
    console.warn(
      `sid-widgets ${VERSION} is loaded on a page that already has sid-widgets ${existing.version ?? '(unknown version)'}, ` +
        `which <${tag}> and the other elements keep. Load the library once.`,
    );
  }
}
