/** The first sheet of a workbook as read-excel-file gives it: rows of cells. */
export type SheetCell = string | number | boolean | Date | null;
export type SheetRows = SheetCell[][];

/** Messages between the page and xlsx.worker.ts. */
export type WorkbookRequest = { bytes: ArrayBuffer };
export type WorkbookReply = { ok: true; rows: SheetRows } | { ok: false; message: string };

/** Reads the first sheet in this thread: the worker's job, and the fallback where none exists. */
export async function readFirstSheetHere(bytes: ArrayBuffer): Promise<SheetRows> {
  const { readSheet } = await import('read-excel-file/browser');
  return (await readSheet(bytes)) as SheetRows;
}
