import { parseDate, type DateFormat } from '../mapping/parseDate';
import { parseCallTime, parseDuration } from './callTime';

/** What one row of a call records file says happened. */
export interface CallEvent {
  date: string;
  sortKey: string;
  seconds: number;
  kind: 'voice' | 'sms' | 'other';
  incoming: boolean;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/;

/** A start from one column, or from a date column and a time column. */
export function startOf(
  start: string | undefined,
  date: string | undefined,
  time: string | undefined,
  dateFormat: DateFormat,
): { date: string; sortKey: string } | string {
  if (start !== undefined) {
    const t = parseCallTime(start);
    if (t) return t;
    // A date alone (no time of day) is a start too; a date with an impossible time is not.
    const d = start.includes(':') ? undefined : parseDate(start, dateFormat);
    if (d?.ok) return { date: d.value, sortKey: `${d.value}T00:00:00` };
    return `The start time "${start.slice(0, 40)}" is not a real date and time (use 2024-03-01 14:05:09 or 01/03/2024 14:05:09).`;
  }
  const d = parseDate(date ?? '', dateFormat);
  if (!d.ok) return `The date "${(date ?? '').slice(0, 40)}" is not a real date: ${d.message}`;
  if (!time?.trim()) return { date: d.value, sortKey: `${d.value}T00:00:00` };
  const m = TIME.exec(time.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59)
    return `The time "${time.slice(0, 20)}" is not a time of day (use 14:05 or 14:05:09).`;
  const pad = (s: string | undefined) => (s ?? '00').padStart(2, '0');
  return { date: d.value, sortKey: `${d.value}T${pad(m[1])}:${pad(m[2])}:${pad(m[3])}` };
}

/** Seconds from "95", "1:35" (m:ss) or "0:01:35"; blank is no time (an SMS). */
export function secondsOf(text: string | undefined): number | string {
  if (text === undefined || text.trim() === '') return 0;
  const s = parseDuration(text.replace(',', '.').replace(/\.0+$/, ''));
  return s ?? `The duration "${text.slice(0, 20)}" is not a number of seconds, m:ss or h:mm:ss.`;
}

/** Voice, SMS or something else, from what networks write in a type column. */
export function eventKind(text: string | undefined): CallEvent['kind'] {
  const t = (text ?? '').trim().toLowerCase();
  if (!t) return 'voice';
  if (/\b(sms|text|mms|message|msg|nachricht)\b/.test(t)) return 'sms';
  if (/\b(voice|call|tel|moc|mtc|anruf|gespr|sprache|telefonie)/.test(t)) return 'voice';
  return 'other';
}

/** Whether a direction cell says the row's caller received the call rather than made it. */
export function isIncoming(text: string | undefined): boolean {
  const t = (text ?? '').trim().toLowerCase();
  return /^(in|incoming|inbound|mt|mtc|received|terminating|term|eingehend|ein|r)$/.test(t);
}
