import type { IntlFallback } from '../locales/schema.js';

/**
 * Formatters built from CLDR's patterns, for a browser whose `Intl` has no data for a language whose file brings them
 * (Chromium has none for Irish, Icelandic, Maltese, Macedonian, Albanian, Georgian, Armenian and Azerbaijani, and may
 * claim it has while it writes "2027 M02 9, Tue"). Loaded with such a language. Each is named after the `Intl`
 * formatter it stands in for, and gives way to the browser's own wherever that writes the same.
 */

/** `mine`, unless the browser's own formatter writes the same for a sample (then the browser's is used). */
const unlessNative = <T extends { format(value: never): string }>(
  mine: T,
  native: T,
  sample: unknown,
): T | undefined => (mine.format(sample as never) === native.format(sample as never) ? undefined : mine);

/** A unit formatter from CLDR's unit words, by plural category. */
export function NumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
  data: IntlFallback,
): Intl.NumberFormat | undefined {
  const forms = data.units[options.unit as keyof IntlFallback['units']]?.[options.unitDisplay ?? 'short'];
  if (options.style !== 'unit' || !forms) return undefined;
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const side = (text = '') => {
    const [, lead, unit, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
    return [
      lead && { type: 'literal', value: lead },
      unit && { type: 'unit', value: unit },
      trail && { type: 'literal', value: trail },
    ];
  };
  const formatToParts = (value: number) => {
    const template = typeof forms === 'string' ? forms : (forms[rules.select(value)] ?? forms.other ?? '{n}');
    const [before, after] = template.split('{n}');
    return [...side(before), { type: 'integer', value: number.format(value) }, ...side(after)].filter(
      Boolean,
    ) as Intl.NumberFormatPart[];
  };
  const mine = {
    formatToParts,
    format: (value: number) =>
      formatToParts(value)
        .map((part) => part.value)
        .join(''),
  } as Intl.NumberFormat;
  return unlessNative(mine, new Intl.NumberFormat(locale, options), 2);
}

/** A full date (and time) from CLDR's pattern and names. */
export function DateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  data: IntlFallback,
): Intl.DateTimeFormat | undefined {
  if (options.dateStyle !== 'full') return undefined;
  const numeric = new Intl.DateTimeFormat('en-US', {
    ...options,
    dateStyle: undefined,
    timeStyle: undefined,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const format = (date?: Date | number) => {
    const parts = Object.fromEntries(numeric.formatToParts(date).map((part) => [part.type, part.value]));
    const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
    const values: Record<string, string> = {
      weekday: data.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!,
      day: String(day),
      month: data.months[month - 1]!,
      year: String(year),
      hour: parts.hour!.padStart(2, '0'),
      minute: parts.minute!,
    };
    return (options.timeStyle ? data.dateTime : data.date).replace(/\{(\w+)\}/g, (_, key: string) => values[key]!);
  };
  return unlessNative(
    { format } as Intl.DateTimeFormat,
    new Intl.DateTimeFormat(locale, options),
    Date.UTC(2027, 1, 9, 10),
  );
}

/** A two-item list from CLDR's pattern. */
export function ListFormat(
  locale: string,
  options: Intl.ListFormatOptions,
  data: IntlFallback,
): Intl.ListFormat | undefined {
  const format = (items: Iterable<string>) => {
    const list = [...items];
    return list.length < 2
      ? list.join('')
      : data.list.replace('{0}', list.slice(0, -1).join(', ')).replace('{1}', list[list.length - 1]!);
  };
  return unlessNative({ format } as Intl.ListFormat, new Intl.ListFormat(locale, options), ['1', '2']);
}
