import Papa from 'papaparse';
import { decodeUtf8, type ReadLimits } from '../limits';
import { fail, failOne, issue, ok, type FormatIssue, type FormatResult } from '../result';

/**
 * A spreadsheet as the mapping sees it, whatever it came from: header texts and rows of
 * strings. `rowNumbers[i]` is the row as the spreadsheet shows it (the header is row 1).
 */
export interface Table {
  columns: string[];
  rows: string[][];
  rowNumbers: number[];
}

function headerOf(cells: readonly string[], row: number): FormatResult<string[]> {
  const columns = cells.map((c) => c.trim());
  const blank = columns.findIndex((c) => c === '');
  if (blank >= 0)
    return failOne(`row ${row}`, `Column ${blank + 1} of the header row has no name.`, { row });
  const seen = new Set<string>();
  const dup = columns.find((c) => seen.size === seen.add(c).size);
  if (dup)
    return failOne(`row ${row}`, `The column "${dup}" appears twice in the header.`, { row });
  return ok(columns);
}

/** Builds a table from rows of cells (first non-blank row = header); ragged rows are errors. */
export function tableFromCells(cells: readonly (readonly string[])[]): FormatResult<Table> {
  const isBlank = (r: readonly string[]) => r.every((c) => c.trim() === '');
  const first = cells.findIndex((r) => !isBlank(r));
  if (first < 0) return failOne('file', 'The file is empty.');
  const header = headerOf(cells[first]!, first + 1);
  if (!header.ok) return header;
  const width = header.value.length;
  const errors: FormatIssue[] = [];
  const table: Table = { columns: header.value, rows: [], rowNumbers: [] };
  for (let i = first + 1; i < cells.length; i++) {
    const r = cells[i]!;
    if (isBlank(r)) continue;
    if (r.length > width && r.slice(width).some((c) => c.trim() !== '')) {
      const message = `The row has ${r.length} values but the header names ${width} columns.`;
      errors.push(issue(`row ${i + 1}`, message, { row: i + 1 }));
      continue;
    }
    const row = r.slice(0, width).map((c) => c.trim());
    while (row.length < width) row.push('');
    table.rows.push(row);
    table.rowNumbers.push(i + 1);
  }
  return errors.length ? fail(errors) : ok(table);
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The separator used most on the header line: European spreadsheets save with semicolons. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const count = (d: string) => header.split(d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Reads CSV bytes (UTF-8; comma, semicolon, tab or bar, detected by Papa Parse). */
export function tableFromCsv(bytes: Uint8Array, limits: ReadLimits = {}): FormatResult<Table> {
  const text = decodeUtf8(bytes, limits);
  if (!text.ok) return text;
  const parsed = Papa.parse<string[]>(text.value, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(text.value),
  });
  const bad = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (bad.length)
    return fail(
      bad.map((e) => {
        const row = (e.row ?? 0) + 1;
        return issue(`row ${row}`, `${e.message}. Check the quotes on this row.`, { row });
      }),
    );
  return tableFromCells(parsed.data);
}

/**
 * Converts rows from a spreadsheet reader (read-excel-file gives strings, numbers, booleans,
 * Dates and nulls) to text. Dates become ISO text so the date parser reads them unambiguously.
 */
export function tableFromSheet(rows: readonly (readonly unknown[])[]): FormatResult<Table> {
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) return '';
      const iso = v.toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
    }
    return String(v);
  };
  return tableFromCells(rows.map((r) => r.map(text)));
}
