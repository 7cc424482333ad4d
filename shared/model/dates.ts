import { z } from 'zod';

/** Calendar dates are ISO `YYYY-MM-DD` strings: comparable as strings, free of time zones. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .refine(isRealDate, { message: 'Expected a real date written YYYY-MM-DD' });

/** Instants (created, updated, audit times) are ISO 8601 UTC strings. */
export const isoInstantSchema = z.iso.datetime();

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole years between a date of birth and a day, for "is this person a child?". */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function isChildOn(dateOfBirth: string | undefined, day: string): boolean {
  return dateOfBirth !== undefined && ageOn(dateOfBirth, day) < 18;
}
