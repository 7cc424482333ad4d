/**
 * What a workbook may cost before it is refused. Everything read-excel-file does is linear in
 * the bytes it is given, except the gaps that a row or cell reference opens (`r="1048576"` on
 * the second row makes a million empty rows), so the caps are on the inflated bytes, on the
 * references and on the sheet's padded size. The 100k-row benchmark workbook (10 columns) is
 * 35 MB of sheet XML and 1.1 MB of shared strings: these leave it room several times over.
 */
export const XLSX_LIMITS = {
  /** Entries in the zip's central directory, read or not (Excel writes 10 to 50). */
  maxEntries: 1000,
  /** One inflated XML part. */
  maxPartBytes: 96 * 1024 * 1024,
  /** All XML parts together. */
  maxTotalBytes: 128 * 1024 * 1024,
  /** Parts inflating beyond this size must not expand more than `maxRatio` times. */
  ratioFloorBytes: 1024 * 1024,
  /** Spreadsheet XML deflates about 7 to 1; a zip bomb about 1000 to 1. */
  maxRatio: 200,
  /** Rows in the sheet, counting the empty rows a row reference skips (Excel: 1,048,576). */
  maxRows: 250_000,
  /** Columns (Excel: 16,384, column XFD). */
  maxColumns: 1000,
  /** Rows times the widest row, the cells the reader pads out. */
  maxCells: 5_000_000,
  /** Characters in one cell: Excel's own limit. */
  maxCellChars: 32_767,
  /** Elements open at once in a part (Excel's deepest is about 10: worksheet > sheetData > row > c > is > r > t). */
  maxDepth: 100,
  /** Characters of text in the whole sheet, shared strings counted at every use. */
  maxTextChars: 64 * 1024 * 1024,
} as const;

export type XlsxLimits = { -readonly [K in keyof typeof XLSX_LIMITS]: number };

/**
 * The time a read may take in its worker before the worker is stopped. Not what ends a hostile
 * file (the caps do, in milliseconds) but the backstop should anything get past them, so it is
 * generous enough never to stop a good workbook on a slow, busy laptop: a fixed allowance to
 * unpack and check the zip (0.5 s of CPU for the 100k-row workbook's 35 MB, at most 128 MB),
 * then one growing with the inflated bytes for read-excel-file's parse. That workbook took 9 to
 * 13 s in Chromium on the build machine at a load of 10 on 2 cores; its allowance is 40 s.
 */
export const XLSX_BUDGET = {
  unpackMs: 15_000,
  parseBaseMs: 5_000,
  parseMsPerMegabyte: 1_000,
} as const;

export type WorkbookBudget = { -readonly [K in keyof typeof XLSX_BUDGET]: number };

export function parseBudgetMs(inflatedBytes: number, budget: WorkbookBudget = XLSX_BUDGET): number {
  return budget.parseBaseMs + (inflatedBytes / (1024 * 1024)) * budget.parseMsPerMegabyte;
}

/**
 * A workbook refused by a cap or a check: `limit` is a size the analyst can split under,
 * `damaged` a file no spreadsheet program writes (zip bombs among them), `stopped` the budget.
 */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly kind: 'limit' | 'damaged' | 'stopped',
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
export const count = (n: number) => n.toLocaleString('en-GB');

/** A part's name as a message shows it: short, with control and odd characters escaped. */
export function shown(name: string): string {
  const short = name.length > 80 ? `${name.slice(0, 80)}...` : name;
  return short.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
