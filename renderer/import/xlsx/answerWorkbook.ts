import { WorkbookError } from './limits';
import type { WorkbookMessage, WorkbookReply } from './protocol';
import { readFirstSheetHere } from './sheetCells';

/**
 * The worker's side of a read, the same in a Web Worker and in a Node worker thread: says when
 * the zip has passed its checks (so the caller can time the parse), then sends the rows or the
 * reason they cannot be read.
 */
export async function answerWorkbook(
  bytes: ArrayBuffer,
  post: (message: WorkbookMessage) => void,
): Promise<void> {
  let reply: WorkbookReply;
  try {
    const rows = await readFirstSheetHere(bytes, {
      onUnpacked: (inflatedBytes) => post({ type: 'unpacked', inflatedBytes }),
    });
    reply = { ok: true, rows };
  } catch (e) {
    reply =
      e instanceof WorkbookError
        ? { ok: false, message: e.message, kind: e.kind }
        : { ok: false, message: e instanceof Error ? e.message : String(e), kind: 'damaged' };
  }
  post({ type: 'done', reply });
}
