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

/**
 * Reads comma-separated text against a column specification. The header is optional when
 * `headerless` says how to read positional columns; unknown columns, ragged rows, bad quotes
 * and the wrong delimiter are each reported with the row they occur on.
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
  const errors: FormatIssue[] = parsed.errors.map((e) =>
    issue(`row ${(e.row ?? 0) + 1}`, `${e.message}. Check the quotes on this row.`, {
      row: (e.row ?? 0) + 1,
    }),
  );
  if (errors.length) return fail(errors);
  // Blank lines are kept in `data` so that indexes stay line numbers (except inside quoted line breaks).
  const data = parsed.data;
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const firstIndex = data.findIndex((cells) => !isBlank(cells));
  const first = data[firstIndex];
  if (!first) return fail([issue('file', 'The file is empty.')]);
  if (first.length === 1) {
    const other = OTHER_DELIMITERS.find(([d]) => (first[0] ?? '').includes(d));
    if (other)
      return fail([
        issue(
          `row ${firstIndex + 1}`,
          `The columns seem to be separated by ${other[1]}; Linchpin expects commas. Save the file as comma-separated (CSV) and import again.`,
          { row: firstIndex + 1 },
        ),
      ]);
  }
  const byAlias = new Map<string, CsvColumn>();
  for (const c of spec) for (const a of c.aliases) byAlias.set(a, c);
  const headerCells = first.map((h) => h.trim().toLowerCase());
  const hasHeader = headerCells.some((h) => byAlias.has(h)) || !options.headerOptional;
  let columns: string[];
  if (hasHeader) {
    const unknown = headerCells.filter((h) => !byAlias.has(h));
    if (unknown.length) {
      const expected = spec.map((c) => c.aliases[0]).join(', ');
      return fail([
        issue(
          `row ${firstIndex + 1}`,
          `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}. Expected columns: ${expected}.`,
          { row: firstIndex + 1 },
        ),
      ]);
    }
    columns = headerCells.map((h) => byAlias.get(h)?.name ?? h);
    const dup = columns.find((c, i) => columns.indexOf(c) !== i);
    if (dup)
      return fail([
        issue(`row ${firstIndex + 1}`, `The column "${dup}" appears twice.`, {
          row: firstIndex + 1,
        }),
      ]);
    const missing = spec.filter((c) => c.required && !columns.includes(c.name));
    if (missing.length)
      return fail([
        issue(
          `row ${firstIndex + 1}`,
          `Missing column${missing.length > 1 ? 's' : ''}: ${missing.map((m) => m.aliases[0]).join(', ')}.`,
          { row: firstIndex + 1 },
        ),
      ]);
  } else {
    if (first.length > spec.length) {
      return fail([
        issue(
          `row ${firstIndex + 1}`,
          `The row has ${first.length} values but this file type has at most ${spec.length} columns (${spec.map((c) => c.aliases[0]).join(', ')}).`,
          { row: firstIndex + 1 },
        ),
      ]);
    }
    columns = spec.slice(0, first.length).map((c) => c.name);
    const missing = spec.filter((c, i) => c.required && i >= first.length);
    if (missing.length)
      return fail([
        issue(
          `row ${firstIndex + 1}`,
          `Missing column${missing.length > 1 ? 's' : ''}: ${missing.map((m) => m.aliases[0]).join(', ')}.`,
          { row: firstIndex + 1 },
        ),
      ]);
  }
  const rows: CsvRow[] = [];
  data.forEach((cells, i) => {
    if (i < firstIndex || (hasHeader && i === firstIndex) || isBlank(cells)) return;
    const row = i + 1;
    if (cells.length !== columns.length) {
      errors.push(
        issue(
          `row ${row}`,
          `The row has ${cells.length} value${cells.length === 1 ? '' : 's'} but the file has ${columns.length} columns.`,
          { row },
        ),
      );
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, j) => (values[c] = (cells[j] ?? '').trim()));
    rows.push({ row, values });
  });
  return ok({ columns, rows, rowIssues: errors });
}

/** Writes rows as RFC 4180 CSV with a header. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return (
    Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { newline: '\n' }) + '\n'
  );
}
