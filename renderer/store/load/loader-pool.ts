import { runChunk, type ChunkJob, type WorkerJob, type WorkerResult } from './chunk';
import type { OpenedRows } from './open-rows';
import { sealRows, type SealJob, type SealedRows } from './seal-rows';

export type WorkerReply = { seq: number; result: WorkerResult } | { seq: number; error: string };

/** Opens workspace slices off the UI thread when the platform has workers, on it otherwise. */
export interface LoaderPool {
  readonly workers: number;
  run(job: ChunkJob): Promise<OpenedRows>;
  /** Seals a slice of records for a large write (see store/presealing.ts). */
  seal(job: SealJob): Promise<SealedRows>;
  /** Ends the workers; the pool is unusable afterwards. */
  dispose(): void;
}

/** Two workers: the machines this runs on have two cores, and the UI thread parses the results. */
export const DEFAULT_LOADER_WORKERS = 2;

export function createLoaderPool(size = DEFAULT_LOADER_WORKERS): LoaderPool {
  return typeof Worker === 'function' && size > 0 ? workerPool(size) : inThreadPool();
}

/** Node (unit tests) and any host without workers: the very same chunk code, run here. */
export function inThreadPool(): LoaderPool {
  let disposed = false;
  return {
    workers: 0,
    run: (job) => (disposed ? Promise.reject(new Error(LOCKED)) : runChunk(job)),
    seal: (job) => (disposed ? Promise.reject(new Error(LOCKED)) : sealRows(job)),
    dispose: () => {
      disposed = true;
    },
  };
}

const LOCKED = 'The vault was locked while the workspace was loading.';

function workerPool(size: number): LoaderPool {
  const pending = new Map<number, { resolve(r: WorkerResult): void; reject(e: Error): void }>();
  let seq = 0;
  let next = 0;
  // Started now, so the workers load their code while the passphrase is still being stretched.
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.seq);
      pending.delete(reply.seq);
      if ('error' in reply)
        waiting?.reject(new Error(`The workspace could not be read: ${reply.error}`));
      else waiting?.resolve(reply.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll(new Error(`A workspace loader stopped unexpectedly: ${event.message}`));
    };
    return worker;
  });
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  let disposed = false;
  const post = (job: WorkerJob): Promise<WorkerResult> => {
    if (disposed) return Promise.reject(new Error(LOCKED));
    const id = ++seq;
    const worker = workers[next++ % workers.length] as Worker;
    return new Promise<WorkerResult>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // A page's sealed bytes move to the worker; only the ids are copied.
      worker.postMessage({ seq: id, job }, 'packed' in job ? [job.packed.bytes.buffer] : []);
    });
  };
  return {
    workers: size,
    run: (job) => post(job) as Promise<OpenedRows>,
    seal: (job) => post(job) as Promise<SealedRows>,
    dispose() {
      disposed = true;
      for (const worker of workers) worker.terminate();
      failAll(new Error(LOCKED));
    },
  };
}
