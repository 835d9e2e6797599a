import type { IntlFallback } from '../locales/schema.js';

/**
 * Formatters built from CLDR's patterns, for a browser whose `Intl` has no data for a language whose file brings them
 * (Chromium has none for Irish, Icelandic and Maltese). Loaded with such a language, only in such a browser. Each is
 * named after the `Intl` formatter it stands in for.
 */
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
  return {
    formatToParts,
    format: (value: number) =>
      formatToParts(value)
        .map((part) => part.value)
        .join(''),
  } as Intl.NumberFormat;
}

/** A full date (and time) from CLDR's pattern and names. */
export function DateTimeFormat(
  _locale: string,
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
  return { format } as Intl.DateTimeFormat;
}

/** A two-item list from CLDR's pattern. */
export function ListFormat(_locale: string, _options: Intl.ListFormatOptions, data: IntlFallback): Intl.ListFormat {
  const format = (items: Iterable<string>) => {
    const list = [...items];
    return list.length < 2
      ? list.join('')
      : data.list.replace('{0}', list.slice(0, -1).join(', ')).replace('{1}', list.at(-1)!);
  };
  return { format } as Intl.ListFormat;
}
