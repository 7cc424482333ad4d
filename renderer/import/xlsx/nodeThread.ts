import type { WorkbookMessage } from './protocol';
import type { WorkbookThread } from './workbookThread';

/** The little of node:worker_threads used here, typed locally: the renderer has no Node types. */
interface NodeWorker {
  on(event: 'message', listener: (message: WorkbookMessage) => void): void;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): Promise<number>;
}
type NodeWorkerClass = new (
  url: URL,
  options: { resourceLimits: { maxOldGenerationSizeMb: number } },
) => NodeWorker;
type NodeProcess = { getBuiltinModule?: (id: string) => { Worker: NodeWorkerClass } | undefined };

/** A variable, not a literal, so Vite does not copy a Node-only script into the app's build. */
const SCRIPT = './xlsx.thread.mjs';

/** Heap for one read: the 100k-row benchmark workbook peaks near 400 MB; a runaway read stops here. */
const HEAP_MB = 1024;

/**
 * A Node worker thread for the workbook reader, where Node runs the wizard's code (the import
 * bench, unit tests). Reached through `process.getBuiltinModule` so that the renderer's bundle
 * imports nothing from Node; null anywhere else.
 */
export function nodeWorkbookThread(): WorkbookThread | null {
  const proc = (globalThis as { process?: NodeProcess }).process;
  const threads = proc?.getBuiltinModule?.('node:worker_threads');
  if (!threads) return null;
  let worker: NodeWorker | null = null;
  return {
    start(bytes, onMessage, onFailure) {
      const w = new threads.Worker(new URL(SCRIPT, import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      });
      worker = w;
      w.on('message', onMessage);
      w.on('error', (e) =>
        onFailure(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the reader ran out of memory (over ${HEAP_MB} MB)`
            : `the reader stopped: ${e.message}`,
        ),
      );
      w.on('exit', (code) => onFailure(`the reader stopped (exit code ${code})`));
      w.postMessage({ bytes }, [bytes]);
    },
    stop() {
      void worker?.terminate();
    },
  };
}
