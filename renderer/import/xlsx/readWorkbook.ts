import { readFirstSheetHere, type SheetRows, type WorkbookReply } from './sheetCells';

/**
 * The first sheet of an .xlsx workbook, read in a worker of our own so the page stays responsive;
 * where there is no Worker (unit tests in Node) the same code runs in this thread.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows> {
  const buffer = bytes.slice().buffer;
  if (typeof Worker === 'undefined') return readFirstSheetHere(buffer);
  const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<WorkbookReply>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkbookReply>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message || 'the workbook reader stopped'));
      worker.postMessage({ bytes: buffer }, [buffer]);
    });
    if (!reply.ok) throw new Error(reply.message);
    return reply.rows;
  } finally {
    worker.terminate();
  }
}
