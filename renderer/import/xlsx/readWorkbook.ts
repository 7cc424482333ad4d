import { WorkbookError } from './limits';
import { nodeWorkbookThread } from './nodeThread';
import type { WorkbookMessage } from './protocol';
import type { SheetRows } from './sheetCells';
import { readWithBudget, type WorkbookThread } from './workbookThread';

function webWorkerThread(): WorkbookThread {
  let worker: Worker | null = null;
  return {
    start(bytes, onMessage, onFailure) {
      const w = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
      worker = w;
      w.onmessage = (e: MessageEvent<WorkbookMessage>) => onMessage(e.data);
      w.onerror = (e) => onFailure(`the reader stopped: ${e.message || 'no reason given'}`);
      w.onmessageerror = () => onFailure('the reader sent back what the page cannot read');
      w.postMessage({ bytes }, [bytes]);
    },
    stop() {
      worker?.terminate();
    },
  };
}

/**
 * The first sheet of an .xlsx workbook, read in a worker of its own with a time budget, so the
 * page stays responsive and a hostile file ends in a clear error: a Web Worker in the app, a
 * worker thread in Node. Never in the calling thread, where nothing could stop it.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows> {
  // A copy of its own (a Node Buffer's slice() is a view of a shared pool), transferred.
  const buffer = new Uint8Array(bytes).buffer;
  const thread = typeof Worker === 'undefined' ? nodeWorkbookThread() : webWorkerThread();
  if (!thread)
    throw new WorkbookError('this environment has no worker to read workbooks in', 'damaged');
  const reply = await readWithBudget(thread, buffer);
  if (!reply.ok) throw new WorkbookError(reply.message, reply.kind);
  return reply.rows;
}
