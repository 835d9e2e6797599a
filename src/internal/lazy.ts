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
