import { isRealDate } from '../../model';

/** A call's start as written, split into parts; only the calendar date is kept on links. */
export interface CallTime {
  date: string;
  /** Sortable text YYYY-MM-DDTHH:MM:SS, used to order calls. */
  sortKey: string;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses ISO 8601 ("2024-03-01T14:05:09Z", "2024-03-01 14:05") or UK day-first
 * ("01/03/2024 14:05:09") start times, refusing impossible dates and times. Times are taken as
 * written: networks record them in UTC or local time, and only the date reaches the links.
 */
export function parseCallTime(text: string): CallTime | undefined {
  const t = text.trim();
  const iso = ISO.exec(t);
  const uk = iso ? undefined : UK.exec(t);
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : uk
      ? [uk[3], uk[2], uk[1], uk[4], uk[5], uk[6]]
      : undefined;
  if (!parts) return undefined;
  const [y = '', mo = '', d = '', h = '', mi = '', s = '00'] = parts.map((p, i) =>
    p === undefined ? (i === 5 ? '00' : '') : p.padStart(2, '0'),
  );
  const date = `${y}-${mo}-${d}`;
  if (!isRealDate(date) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  return { date, sortKey: `${date}T${h}:${mi}:${s}` };
}

/** Seconds from "95", "1:35" or "0:01:35"; undefined when not a whole, non-negative duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t);
  const m = /^(?:(\d{1,5}):)?([0-5]?\d):([0-5]\d)$/.exec(t);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}
