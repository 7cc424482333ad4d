import type { SheetRows } from './sheetCells';
import type { WorkbookError } from './limits';

/** Messages between the page (or Node's main thread) and the workbook reader's worker. */
export type WorkbookRequest = { bytes: ArrayBuffer };
export type WorkbookReply =
  { ok: true; rows: SheetRows } | { ok: false; message: string; kind: WorkbookError['kind'] };
export type WorkbookMessage =
  { type: 'unpacked'; inflatedBytes: number } | { type: 'done'; reply: WorkbookReply };
