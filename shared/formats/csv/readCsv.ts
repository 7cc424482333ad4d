import Papa from 'papaparse';
import { fail, issue, ok, type FormatIssue, type FormatResult } from '../result';

export interface CsvColumn {
  /** The name the rest of the code uses. */
  name: string;
  /** Header spellings accepted for it, lower case. */
  aliases: readonly string[];
  required: boolean;
}

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  values: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  /** Ragged rows, kept apart so the caller can report them with its own row checks. */
  rowIssues: FormatIssue[];
}

const OTHER_DELIMITERS: [string, string][] = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  ['|', 'vertical bars'],
];

const plural = (n: number, word: string) => `${word}${n === 1 ? '' : 's'}`;
const names = (cols: readonly CsvColumn[]) => cols.map((c) => c.aliases[0]).join(', ');

/** Maps the first row to column names, or says in one sentence why it cannot. */
function headerColumns(
  first: string[],
  spec: readonly CsvColumn[],
  headerOptional: boolean,
): { ok: true; columns: string[]; hasHeader: boolean } | { ok: false; message: string } {
  const byAlias = new Map<string, CsvColumn>();
  for (const c of spec) for (const a of c.aliases) byAlias.set(a, c);
  const cells = first.map((h) => h.trim().toLowerCase());
  const hasHeader = cells.some((h) => byAlias.has(h)) || !headerOptional;
  if (!hasHeader) {
    if (first.length > spec.length) {
      return {
        ok: false,
        message: `The row has ${first.length} values but this file type has at most ${spec.length} columns (${names(spec)}).`,
      };
    }
    const missing = spec.filter((c, i) => c.required && i >= first.length);
    if (missing.length)
      return {
        ok: false,
        message: `Missing ${plural(missing.length, 'column')}: ${names(missing)}.`,
      };
    return { ok: true, columns: spec.slice(0, first.length).map((c) => c.name), hasHeader };
  }
  const unknown = cells.filter((h) => !byAlias.has(h));
  if (unknown.length) {
    const list = unknown.map((u) => `"${u}"`).join(', ');
    return {
      ok: false,
      message: `Unknown ${plural(unknown.length, 'column')} ${list}. Expected columns: ${names(spec)}.`,
    };
  }
  const columns = cells.map((h) => byAlias.get(h)?.name ?? h);
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup) return { ok: false, message: `The column "${dup}" appears twice.` };
  const missing = spec.filter((c) => c.required && !columns.includes(c.name));
  if (missing.length)
    return {
      ok: false,
      message: `Missing ${plural(missing.length, 'column')}: ${names(missing)}.`,
    };
  return { ok: true, columns, hasHeader };
}

/**
 * Reads comma-separated text against a column specification; with `headerOptional`, a first
 * row naming no known column is read as data in the specification's order. Unknown columns,
 * ragged rows, bad quotes and the wrong delimiter are each reported with their row.
 */
export function readCsvTable(
  text: string,
  spec: readonly CsvColumn[],
  options: { headerOptional?: boolean } = {},
): FormatResult<CsvTable> {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    header: false,
  });
  if (parsed.errors.length) {
    return fail(
      parsed.errors.map((e) => {
        const row = (e.row ?? 0) + 1;
        return issue(`row ${row}`, `${e.message}. Check the quotes on this row.`, { row });
      }),
    );
  }
  // Blank lines stay in `data` so that indexes remain line numbers (except inside quoted line breaks).
  const data = parsed.data;
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const firstIndex = data.findIndex((cells) => !isBlank(cells));
  const first = data[firstIndex];
  if (!first) return fail([issue('file', 'The file is empty.')]);
  const headerRow = firstIndex + 1;
  const other =
    first.length === 1 ? OTHER_DELIMITERS.find(([d]) => (first[0] ?? '').includes(d)) : undefined;
  if (other) {
    const message = `The columns seem to be separated by ${other[1]}; Linchpin expects commas. Save the file as comma-separated (CSV) and import again.`;
    return fail([issue(`row ${headerRow}`, message, { row: headerRow })]);
  }
  const header = headerColumns(first, spec, options.headerOptional ?? false);
  if (!header.ok) return fail([issue(`row ${headerRow}`, header.message, { row: headerRow })]);
  const { columns, hasHeader } = header;
  const rows: CsvRow[] = [];
  const rowIssues: FormatIssue[] = [];
  data.forEach((cells, i) => {
    if (i < firstIndex || (hasHeader && i === firstIndex) || isBlank(cells)) return;
    const row = i + 1;
    if (cells.length !== columns.length) {
      const message = `The row has ${cells.length} ${plural(cells.length, 'value')} but the file has ${columns.length} columns.`;
      rowIssues.push(issue(`row ${row}`, message, { row }));
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, j) => (values[c] = unescapeFormula((cells[j] ?? '').trim())));
    rows.push({ row, values });
  });
  return ok({ columns, rows, rowIssues });
}

/**
 * Writes rows as RFC 4180 CSV with a header. A text cell that starts like a spreadsheet formula
 * (=, +, -, @, tab, CR) gets a leading apostrophe, so a planted label cannot run as a formula
 * when a partner opens the file (CSV injection, OWASP); readCsv takes the apostrophe off again.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return (
    Papa.unparse(
      { fields: [...header], data: rows.map((r) => [...r]) },
      { newline: '\n', escapeFormulae: true },
    ) + '\n'
  );
}

/** Undoes writeCsv's formula guard (and the same guard in other tools' exports). */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
