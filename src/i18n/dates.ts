import type { EventDate, IsoDate, Lang } from '../../slides/types';

// Thai dates use the Buddhist Era; English ones the Gregorian calendar, day before month.
const LOCALES: Record<Lang, string> = {
  th: 'th-TH-u-ca-buddhist',
  en: 'en-GB',
};

const formatters = new Map<Lang, Intl.DateTimeFormat>();

function formatterFor(lang: Lang): Intl.DateTimeFormat {
  let formatter = formatters.get(lang);
  if (!formatter) {
    // UTC on both sides so the calendar day never shifts with the viewer's time zone.
    formatter = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(lang, formatter);
  }
  return formatter;
}

/** Parses `YYYY-MM-DD` to a UTC midnight; throws on anything else so bad data fails loudly in tests. */
export function parseIsoDate(iso: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`Not a calendar date: ${iso}`);
  return date;
}

/** `29 พฤศจิกายน 2565` / `29 November 2022`; a range as `8–9 กุมภาพันธ์ 2566` / `8–9 February 2023`. */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const formatter = formatterFor(lang);
  const start = parseIsoDate(date.start);
  if (!date.end || date.end === date.start) return formatter.format(start);
  return formatter.formatRange(start, parseIsoDate(date.end));
}
