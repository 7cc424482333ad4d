/**
 * Bounded XLSX reading: every hostile workbook of issue 11 and the zip and dimension bomb corpus
 * (built in memory at run time) ends in its own clear error, after inflating a bounded number
 * of bytes; good workbooks still read. Asserts sizes and counts, never times.
 */
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../renderer/import/readSpreadsheet';
import { XLSX_LIMITS, WorkbookError } from '../../../renderer/import/xlsx/limits';
import { nodeWorkbookThread } from '../../../renderer/import/xlsx/nodeThread';
import { readFirstSheetHere } from '../../../renderer/import/xlsx/sheetCells';
import { scanPart } from '../../../renderer/import/xlsx/sheetScan';
import { readWithBudget } from '../../../renderer/import/xlsx/workbookThread';
import {
  dimensionBombs,
  goodWorkbook,
  workbook,
  zipBombs,
} from '../../bench/fuzz/hostileWorkbooks';
import { sheetRows } from '../../bench/import/data';
import { sheetXlsx } from '../../bench/import/xlsx';

const buffer = (bytes: Uint8Array) => new Uint8Array(bytes).buffer;
/** The most a read may inflate: the caps, plus one 16 KB push at deflate's 1032 to 1. */
const INFLATE_BOUND = XLSX_LIMITS.maxTotalBytes + 16 * 1024 * 1032;

async function refusal(bytes: Uint8Array) {
  const tally = { inflated: 0 };
  try {
    const rows = await readFirstSheetHere(buffer(bytes), { tally });
    return { rows: rows.length, tally };
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return { error: e as WorkbookError, tally };
  }
}

describe('hostile workbooks end in clear errors, with what they cost bounded', () => {
  for (const file of [...dimensionBombs, ...zipBombs])
    it(`${file.name}: ${file.about}`, async () => {
      const bytes = file.bytes();
      expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
      const outcome = await refusal(bytes);
      expect(outcome.error?.message).toMatch(file.error);
      expect(outcome.tally.inflated).toBeLessThanOrEqual(INFLATE_BOUND);
    });

  it('refuses the 300 MB bomb after inflating no more than its declared megabyte and one push', async () => {
    const file = zipBombs.find((f) => f.name === '300mb-undeclared.xlsx')!;
    const { tally } = await refusal(file.bytes());
    expect(tally.inflated).toBeGreaterThan(1_000_000);
    expect(tally.inflated).toBeLessThanOrEqual(1_000_000 + 16 * 1024 * 1032);
  });

  it('refuses the declared bombs before inflating their sheet', async () => {
    for (const name of ['300mb-declared.xlsx', 'deep-ratio.xlsx', 'one-part-200-names.xlsx']) {
      const { tally } = await refusal(zipBombs.find((f) => f.name === name)!.bytes());
      expect(tally.inflated, name).toBe(0);
    }
  });

  it('checks the total across parts against its cap', async () => {
    const tally = { inflated: 0 };
    const limits = { ...XLSX_LIMITS, maxTotalBytes: 1000 };
    await expect(readFirstSheetHere(buffer(goodWorkbook()), { limits, tally })).rejects.toThrow(
      /parts inflate to 0\.0 MB, over the 0\.0 MB limit/,
    );
    expect(tally.inflated).toBe(0);
  });
});

describe('the reference scan', () => {
  const limits = { ...XLSX_LIMITS };
  const scan = (xml: string) => scanPart('sheet.xml', new TextEncoder().encode(xml), limits);

  it('measures a sheet from its references and tags', () => {
    expect(
      scan(
        '<worksheet><sheetData><row r="1"><c r="A1"/><c r="C1"/></row><row/><row r="9"><c r="B9"/></row></sheetData></worksheet>',
      ),
    ).toEqual({ rows: 10, columns: 3, cells: 3 });
  });

  it('ignores row and cell tags outside sheet data, as the parser does (charts use c:v)', () => {
    expect(
      scan('<c:chartSpace><c:v>1</c:v><c r="nonsense"/><row r="Infinity"/></c:chartSpace>'),
    ).toEqual({
      rows: 0,
      columns: 0,
      cells: 0,
    });
  });

  it('is stricter than the parser: a reference in a comment is still refused', () => {
    expect(() => scan('<sheetData><!-- <row r="Infinity"> --></sheetData>')).toThrow(
      /row number "Infinity"/,
    );
  });

  it("sees a row hidden in another tag's attribute", () => {
    expect(() => scan('<sheetData><row r="1" spans="<row r=\'0\'>"/></sheetData>')).toThrow(
      /holds "<"|row number "0"|a "<" inside a tag/,
    );
  });

  it('refuses a tag cut off at the end of the part', () => {
    expect(() => scan('<sheetData><row r="1')).toThrow(/cut short/);
  });
});

describe('good workbooks still read', () => {
  it('reads a 3,000-row workbook laid out as Excel writes it (shared strings, date styles)', async () => {
    const rows = await readFirstSheetHere(buffer(sheetXlsx(sheetRows(3000))));
    expect(rows).toHaveLength(3001);
    expect(rows[0]).toHaveLength(10);
  });

  it('reads the control workbook the bombs are made from', async () => {
    const rows = await readFirstSheetHere(buffer(goodWorkbook()));
    expect(rows).toEqual([['Name'], ['Jade Moss'], ['Kai Rennet']]);
  });

  it('reads a stored (uncompressed) workbook', async () => {
    const rows = await readFirstSheetHere(
      buffer(workbook('<row r="1"><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>', 0)),
    );
    expect(rows).toEqual([[null, 'x']]);
  });
});

describe('in a worker thread with a time budget (the Node path of readSpreadsheet)', () => {
  it("gives the issue 11 inputs as clear errors in the import screen's words, then reads a good file", async () => {
    const expected: Record<string, RegExp> = {
      'row-infinity.xlsx': /^The workbook could not be read: .*row number "Infinity"/,
      'cell-replacement-char.xlsx': /^The workbook could not be read: .*"B\\uFFFD3"/,
      'one-part-200-names.xlsx': /^The workbook could not be read: .*entries sharing one part/,
      '300mb-declared.xlsx': /^The workbook is too large to read safely: .*286\.1 MB.*Split it/,
    };
    const all = [...dimensionBombs, ...zipBombs];
    for (const [name, message] of Object.entries(expected)) {
      const result = await readSpreadsheet({
        name,
        bytes: all.find((f) => f.name === name)!.bytes(),
      });
      expect(result.ok, name).toBe(false);
      expect(!result.ok && result.errors[0]?.message, name).toMatch(message);
    }
    const good = await readSpreadsheet({ name: 'good.xlsx', bytes: goodWorkbook() });
    expect(good.ok && good.value.rows).toEqual([['Jade Moss'], ['Kai Rennet']]);
  });

  it('terminates the worker when the budget runs out, and says so', async () => {
    const thread = nodeWorkbookThread();
    expect(thread).not.toBeNull();
    const reply = await readWithBudget(thread!, buffer(goodWorkbook()), {
      unpackMs: 1,
      parseBaseMs: 1,
      parseMsPerMegabyte: 0,
    });
    expect(reply).toEqual({
      ok: false,
      kind: 'stopped',
      message: 'unpacking and checking the workbook took longer than 1 ms and was stopped',
    });
  });
});
