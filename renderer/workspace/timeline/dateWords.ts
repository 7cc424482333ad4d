import { dayNumber } from '../../../shared/graph/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "1 March 2025": the UK form, worked out from the ISO text so no time zone can shift it. */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "March 2025", for monthly bars. */
export function monthInWords(iso: string): string {
  const [y, m] = iso.slice(0, 7).split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "from 1 March 2025 to 31 May 2025 (92 days)", open ends read as "any time". */
export function periodInWords(from: string | undefined, to: string | undefined): string {
  if (!from && !to) return 'at any time';
  if (!from) return `up to ${dateInWords(to as string)}`;
  if (!to) return `from ${dateInWords(from)} onwards`;
  const days = dayNumber(to) - dayNumber(from) + 1;
  return `from ${dateInWords(from)} to ${dateInWords(to)} (${days} ${days === 1 ? 'day' : 'days'})`;
}
