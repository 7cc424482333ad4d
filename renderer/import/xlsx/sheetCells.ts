import { XLSX_LIMITS, WorkbookError, count, type XlsxLimits } from './limits';
import type { InflateTally } from './inflatePart';
import { unpackWorkbook } from './unpackWorkbook';

/** The first sheet of a workbook as read-excel-file gives it: rows of cells. */
export type SheetCell = string | number | boolean | Date | null;
export type SheetRows = SheetCell[][];

export interface ReadOptions {
  /** Hears the inflated size once the zip has passed its checks, to time the parse. */
  onUnpacked?: (inflatedBytes: number) => void;
  limits?: XlsxLimits;
  /** Counts the bytes inflated, for tests and the fuzz bench. */
  tally?: InflateTally;
}

/** Reads the first sheet in this thread: the worker's job (and the unit tests' way in). */
export async function readFirstSheetHere(
  buffer: ArrayBuffer,
  { onUnpacked, limits = { ...XLSX_LIMITS }, tally }: ReadOptions = {},
): Promise<SheetRows> {
  const { archive, inflatedBytes } = unpackWorkbook(buffer, limits, tally);
  onUnpacked?.(inflatedBytes);
  const { readSheet } = await import('read-excel-file/browser');
  let rows: SheetRows;
  try {
    rows = (await readSheet(archive)) as SheetRows;
  } catch (e) {
    throw new WorkbookError(parserProblem(e), 'damaged');
  }
  checkRows(rows, limits);
  return rows;
}

/**
 * read-excel-file's own errors in a sentence: its XML parser's ("unclosed tag") and its checks'
 * ("<c/> at row 4, col 2: VALUE_INVALID") say what is wrong but not where; a TypeError means
 * parts that do not fit together (a sheet with no sheetData, say), which it does not check.
 */
function parserProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof TypeError || e instanceof RangeError)
    return `its parts do not fit together as a workbook (${message})`;
  return `the spreadsheet's XML is invalid: ${message}`;
}

/**
 * The parsed sheet checked once more, against what the scan cannot see: text lengths (a cell
 * may be many text runs, and a shared string may be used on every row).
 */
function checkRows(rows: SheetRows, limits: XlsxLimits) {
  if (rows.length > limits.maxRows)
    throw new WorkbookError(`the sheet has ${count(rows.length)} rows`, 'limit');
  let text = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length > limits.maxColumns)
      throw new WorkbookError(`row ${r + 1} has ${count(row.length)} columns`, 'limit');
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      if (cell.length > limits.maxCellChars)
        throw new WorkbookError(
          `a cell on row ${r + 1} holds ${count(cell.length)} characters; Excel itself allows ${count(limits.maxCellChars)}`,
          'limit',
        );
      text += cell.length;
    }
    if (text > limits.maxTextChars)
      throw new WorkbookError(
        `the sheet holds over ${count(limits.maxTextChars)} characters of text`,
        'limit',
      );
  }
}
