import { describe, expect, it } from 'vitest';
import { formatEventDate, parseIsoDate } from '../../src/i18n/dates';

describe('event dates', () => {
  it('shows Thai dates in the Buddhist Era', () => {
    expect(formatEventDate({ start: '2022-11-29' }, 'th')).toBe('29 พฤศจิกายน 2565');
  });

  it('shows English dates in the Gregorian calendar, day first', () => {
    expect(formatEventDate({ start: '2022-11-29' }, 'en')).toBe('29 November 2022');
  });

  it('shows a run of days in one month as a range', () => {
    expect(formatEventDate({ start: '2023-02-08', end: '2023-02-09' }, 'th')).toBe('8–9 กุมภาพันธ์ 2566');
    expect(formatEventDate({ start: '2023-02-08', end: '2023-02-09' }, 'en').replace(/\s/g, ' ')).toMatch(
      /^8 ?– ?9 February 2023$/,
    );
  });

  it('shows a range across months with both months', () => {
    expect(formatEventDate({ start: '2023-01-30', end: '2023-02-02' }, 'th')).toContain('มกราคม');
    expect(formatEventDate({ start: '2023-01-30', end: '2023-02-02' }, 'th')).toContain('กุมภาพันธ์ 2566');
  });

  it('shows a one-day range as a single date', () => {
    expect(formatEventDate({ start: '2023-06-16', end: '2023-06-16' }, 'en')).toBe('16 June 2023');
  });

  it('keeps the calendar day whatever the viewer’s time zone', () => {
    // 1 January at UTC midnight is still 31 December west of Greenwich if a formatter used local time.
    expect(formatEventDate({ start: '2023-01-01' }, 'en')).toBe('1 January 2023');
  });

  it('rejects dates that are not on the calendar', () => {
    expect(() => parseIsoDate('2023-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('29/11/2022' as never)).toThrow(RangeError);
  });
});
