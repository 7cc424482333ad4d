import type { Period } from '../plans';

/**
 * Calendar arithmetic for time limits, on ISO dates and optional "HH:MM" times, in UTC so a clock
 * change never moves a deadline. Hand-written rather than date-fns: date-fns works in local time
 * and these few rules (months clamp to the month's end, working days skip weekends) fit here.
 */
export interface Moment {
  date: string;
  /** "HH:MM" when the time matters (hour limits) and is known. */
  time?: string;
}

const DAY_MS = 86_400_000;
const utc = (date: string, time = '00:00') => Date.parse(`${date}T${time}:00Z`);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return isoDate(target.getTime());
}

function addWorkingDays(date: string, days: number): string {
  let ms = utc(date);
  let left = days;
  while (left > 0) {
    ms += DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return isoDate(ms);
}

/**
 * The moment a period ends. An hour limit from a moment whose time was not recorded is counted
 * from the start of that day, the earliest it could have begun, and given as the last whole day
 * it allows: safer to warn early than late.
 */
export function addPeriod(from: Moment, p: Period): Moment {
  switch (p.unit) {
    case 'hours': {
      const ms = utc(from.date, from.time) + p.amount * 3_600_000;
      if (!from.time) return { date: isoDate(ms - 60_000) };
      const iso = new Date(ms).toISOString();
      return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
    }
    case 'days':
      return { date: isoDate(utc(from.date) + p.amount * DAY_MS) };
    case 'working_days':
      return { date: addWorkingDays(from.date, p.amount) };
    case 'months':
      return { date: addMonths(from.date, p.amount) };
    case 'years':
      return { date: addMonths(from.date, p.amount * 12) };
  }
}

export function isAfter(a: Moment, b: Moment): boolean {
  return utc(a.date, a.time ?? '00:00') > utc(b.date, b.time ?? '00:00');
}

export function daysFrom(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
