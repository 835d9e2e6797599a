const loads = new Map<string, Promise<unknown>>();

/**
 * Loads a part of the library that only some pages need (a language, the theme data, the tip carousel) once per page.
 * A failure gives one warning naming the part, and `undefined`, so the element carries on with what it has.
 */
export function lazy<T>(part: string, load: () => Promise<T>): Promise<T | undefined> {
  let promise = loads.get(part) as Promise<T | undefined> | undefined;
  if (!promise) {
    promise = load().catch((error: unknown) => {
      console.warn(`sid-widgets: ${part} could not be loaded (${String(error)}).`);
      return undefined;
    });
    loads.set(part, promise);
  }
  return promise;
}

const arrived = new Map<string, unknown>();

/**
 * A part that an element shows once it is here (the "Add to calendar" link): the part when it has arrived, else
 * `undefined`, having asked for it (`lazy`) and for `host` to render again when it arrives. Every element that asked
 * renders again, not only the first: one whose display changes once an hour would not show the part until then.
 */
export function whenLoaded<T>(host: { requestUpdate(): void }, part: string, load: () => Promise<T>): T | undefined {
  if (arrived.has(part)) return arrived.get(part) as T;
  void lazy(part, load).then((module) => {
    if (module === undefined) return;
    arrived.set(part, module);
    host.requestUpdate();
  });
  return undefined;
}
