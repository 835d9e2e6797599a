/** A property's declared type, as Lit's `type` option gives it: `String` (the default), `Number` or `Boolean`. */
export type PropertyType = (value?: unknown) => unknown;

/**
 * `value` brought to a property's declared type, as its attribute would give it: code can set a property to anything
 * (React sets numbers, a framework may pass `null` or an object). A value that cannot become that type, such as an
 * object without `toString`, becomes `undefined`, the property's unset state. Never throws.
 */
export function coerce(value: unknown, type: PropertyType = String): unknown {
  if (value == null || typeof value === typeof type()) return value;
  try {
    return type(value);
  } catch {
    return undefined;
  }
}

/** A property's descriptor whose setter coerces what it is given to `type` first; without a setter, as it is. */
export function coercing(
  descriptor: PropertyDescriptor | undefined,
  type?: PropertyType,
): PropertyDescriptor | undefined {
  const set = descriptor?.set;
  if (!set) return descriptor;
  return {
    ...descriptor,
    set(this: unknown, value: unknown) {
      set.call(this, coerce(value, type));
    },
  };
}
