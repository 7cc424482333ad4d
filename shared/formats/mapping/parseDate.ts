/**
 * Dates as analysts' spreadsheets write them. UK practice is day first, so "03/04/2024" is
 * 3 April unless the mapping says month first; an explicit format removes the guess entirely.
 */
export const DATE_FORMATS = [
  'auto-dmy',
  'auto-mdy',
  'yyyy-mm-dd',
  'dd/mm/yyyy',
  'mm/dd/yyyy',
  'dd.mm.yyyy',
  'dd-mon-yyyy',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NAMED = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function build(y: number, m: number, d: number, raw: string): Parsed<string> {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1)
    return { ok: false, message: `"${raw}" is not a real date.` };
  return { ok: true, value: `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` };
}

const fullYear = (y: string) =>
  y.length === 2 ? 2000 + Number(y) - (Number(y) > 50 ? 100 : 0) : Number(y);

/**
 * Parses one cell to an ISO date (YYYY-MM-DD); any time of day is dropped. ISO is read under
 * every format: it cannot be mistaken for day-first or month-first, and it is how an Excel date
 * cell arrives whatever format the analyst chose for the typed dates in the sheet.
 */
export function parseDate(input: string, format: DateFormat = 'auto-dmy'): Parsed<string> {
  const raw = input.trim();
  const iso = ISO.exec(raw);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), raw);
  const named = NAMED.exec(raw);
  if (named && (format.startsWith('auto') || format === 'dd-mon-yyyy')) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return build(Number(named[3]), month, Number(named[1]), raw);
  }
  const num = NUMERIC.exec(raw);
  if (num) {
    const sep = num[2];
    const allowed =
      format.startsWith('auto') ||
      (format === 'dd/mm/yyyy' && sep === '/') ||
      (format === 'mm/dd/yyyy' && sep === '/') ||
      (format === 'dd.mm.yyyy' && sep === '.');
    if (allowed) {
      const [a, b] = [Number(num[1]), Number(num[3])];
      const monthFirst = format === 'auto-mdy' || format === 'mm/dd/yyyy';
      return build(fullYear(num[4]!), monthFirst ? a : b, monthFirst ? b : a, raw);
    }
  }
  return {
    ok: false,
    message: `"${raw.slice(0, 40)}" is not a date in the expected form (${describeFormat(format)}).`,
  };
}

export function describeFormat(format: DateFormat): string {
  switch (format) {
    case 'auto-dmy':
      return 'day first, e.g. 31/01/2024 or 2024-01-31';
    case 'auto-mdy':
      return 'month first, e.g. 01/31/2024 or 2024-01-31';
    case 'dd-mon-yyyy':
      return 'e.g. 31-Jan-2024';
    default:
      return format.toUpperCase();
  }
}
