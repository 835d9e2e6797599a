import type { SidHost } from './host.js';

/**
 * The level of an element's heading, from its `heading-level` attribute (1 to 6), so that it fits the outline of the
 * page around it; 2 by default, and with a warning for any other value.
 */
export function headingLevel(host: SidHost & { headingLevel?: number }): number {
  const level = host.headingLevel ?? 2;
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  host.warn(
    'heading-level',
    host.getAttribute('heading-level') ?? level,
    'expected a whole number from 1 to 6; using 2',
  );
  return 2;
}
