import { failOne, type FormatResult } from '../../shared/formats';
import { tableFromCsv, tableFromSheet, type Table } from '../../shared/formats/mapping';
import { WorkbookError } from './xlsx/limits';
import { readWorkbook } from './xlsx/readWorkbook';

/** What to tell the analyst, by why the workbook was refused. */
function workbookMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  const kind = e instanceof WorkbookError ? e.kind : 'damaged';
  if (kind === 'limit')
    return `The workbook is too large to read safely: ${detail}. Split it into smaller files or save it as CSV.`;
  if (kind === 'stopped')
    return `The workbook could not be read: ${detail}. Save it again from Excel, or as CSV, and try again.`;
  return `The workbook could not be read: ${detail}. Save it again from Excel as .xlsx or as CSV.`;
}

/**
 * Reads a CSV or an Excel workbook (first sheet) into the table the mapping works on. XLSX goes
 * through read-excel-file: read-only, small, MIT and maintained (the `xlsx` 0.18.5 on npm carries
 * unpatched advisories, and exceljs is large and also writes, which we do not need), in a worker,
 * after our own bounded unzip and checks (renderer/import/xlsx/).
 */
export async function readSpreadsheet(file: {
  name: string;
  bytes: Uint8Array;
}): Promise<FormatResult<Table>> {
  if (/\.xlsx$/i.test(file.name)) {
    try {
      return tableFromSheet(await readWorkbook(file.bytes));
    } catch (e) {
      return failOne(file.name, workbookMessage(e));
    }
  }
  if (/\.(csv|txt|tsv)$/i.test(file.name)) return tableFromCsv(file.bytes);
  return failOne(file.name, 'Choose a CSV (.csv) or Excel (.xlsx) file.');
}
