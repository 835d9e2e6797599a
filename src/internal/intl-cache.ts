import type { IntlFallback } from '../locales/schema.js';
import { intlFallbackFor } from './i18n.js';
import { baseLanguage } from './locale.js';

/** `Intl` formatters are costly to build; every element on the page shares one per set of options. */
const cache = new Map<string, unknown>();

type Formatter<T> = { supportedLocalesOf(locale: string): string[] } & (new (locale: string, options: object) => T);

/** Whether this browser's `Intl` has data for a locale, by formatter kind: asked once per page. */
const supported = new Map<string, boolean>();

/**
 * The formatter `kind` for `locale`; or, where this browser's `Intl` has no data for the language and its file brings
 * CLDR's patterns (Chromium has none for Irish, Icelandic and Maltese), one built from those patterns.
 */
function cached<T>(
  kind: Formatter<T>,
  locale: string,
  options: object,
  fallback: (data: IntlFallback) => T | undefined,
): T {
  const support = `${kind.name}|${locale}`;
  if (!supported.has(support)) supported.set(support, kind.supportedLocalesOf(locale).length > 0);
  const data = supported.get(support) ? undefined : intlFallbackFor(baseLanguage(locale));
  const key = `${kind.name}|${locale}|${JSON.stringify(options)}|${!!data}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = (data && fallback(data)) || new kind(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(Intl.NumberFormat, locale, options, (data) => {
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
  });

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(Intl.DateTimeFormat, locale, options, (data) => {
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
  });

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached(Intl.ListFormat, locale, options, (data) => {
    const format = (items: Iterable<string>) => {
      const list = [...items];
      return list.length < 2
        ? list.join('')
        : data.list.replace('{0}', list.slice(0, -1).join(', ')).replace('{1}', list.at(-1)!);
    };
    return { format } as Intl.ListFormat;
  });
