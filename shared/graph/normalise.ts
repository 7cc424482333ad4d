import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';

/**
 * Normalisers for the identifiers analysts type in many shapes: phone numbers, UK postcodes and
 * vehicle registration marks. Search and the importers use the same ones, so "07700 900123"
 * typed in a search box finds the number imported from a spreadsheet as "+44 7700 900123".
 */

/**
 * E.164 form of a phone number ("+447700900123"), or null when it cannot be a number.
 * Only the length is checked, not whether the range is allocated: Ofcom's drama numbers and
 * newly issued ranges must still normalise.
 */
export function normalisePhone(input: string, defaultRegion: CountryCode = 'GB'): string | null {
  const text = input.trim();
  if (!/\d/.test(text) || /[a-z]/i.test(text.replace(/^tel:/i, ''))) return null;
  const parsed = parsePhoneNumberFromString(text, defaultRegion);
  return parsed && parsed.isPossible() ? parsed.number : null;
}

// Outward code: area letters, district digit, optional letter/digit; inward: digit + two letters.
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;

/** A UK postcode in upper case with one space before the inward code ("ZZ1 4QX"), or null. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  if (compact === 'GIR0AA') return 'GIR 0AA';
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/**
 * A vehicle registration mark in upper case without spaces ("ZK19XYZ"), or null when it holds
 * anything but letters and digits. Foreign plates are allowed, so the format is not checked.
 */
export function normaliseVrm(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  return /^[A-Z0-9]{2,10}$/.test(compact) ? compact : null;
}
