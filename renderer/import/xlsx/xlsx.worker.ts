/// <reference lib="webworker" />
/**
 * Unzips and parses a workbook off the page's thread: a 100k-row sheet takes over a second, which
 * would otherwise freeze the wizard. Holds nothing between requests.
 */
import { readFirstSheetHere, type WorkbookReply, type WorkbookRequest } from './sheetCells';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
  let reply: WorkbookReply;
  try {
    reply = { ok: true, rows: await readFirstSheetHere(event.data.bytes) };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
