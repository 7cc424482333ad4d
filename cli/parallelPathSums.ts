import { parentPort, Worker, workerData } from 'node:worker_threads';
import { addPathSums, pathSumsRange, type CsrTopology, type PathSums } from '../shared/analysis';

const ROLE = 'linchpin-path-sums' as const;

interface Job {
  role: typeof ROLE;
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** This thread takes sources from, from + step, from + 2·step, ... */
  from: number;
  step: number;
}

/**
 * Betweenness and closeness path sums over all sources, shared out by stride: with t threads,
 * thread i takes sources i, i + t, i + 2t, ... This thread does share 0 while the workers run.
 * Interleaving keeps the shares even when cheap sources (isolates, small fragments) are bunched.
 * `workerScript` is the module that calls `runPathSumsWorkerIfAsked` at start-up.
 */
export async function parallelPathSums(
  csr: CsrTopology,
  threads: number,
  workerScript: URL | string,
): Promise<PathSums> {
  const parts = Math.max(1, Math.min(threads, csr.n));
  const job = { role: ROLE, n: csr.n, offsets: csr.offsets, targets: csr.targets, step: parts };
  const pending = Array.from({ length: parts - 1 }, (_, t) =>
    runWorker(workerScript, { ...job, from: t + 1 }),
  );
  const total = pathSumsRange(csr, 0, csr.n, true, parts);
  for (const part of await Promise.all(pending)) addPathSums(total, part);
  return total;
}

function runWorker(script: URL | string, job: Job): Promise<PathSums> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (sums: PathSums) => {
      resolve(sums);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`A betweenness worker thread stopped unexpectedly (exit code ${code}).`));
    });
  });
}

/** In a worker started by `parallelPathSums`: do the job, post the sums back, return true. */
export function runPathSumsWorkerIfAsked(): boolean {
  const job = workerData as Job | undefined;
  if (!parentPort || job?.role !== ROLE) return false;
  const sums = pathSumsRange(
    { n: job.n, offsets: job.offsets, targets: job.targets },
    job.from,
    job.n,
    true,
    job.step,
  );
  parentPort.postMessage(sums, [
    sums.dependency.buffer as ArrayBuffer,
    sums.distanceSum.buffer as ArrayBuffer,
    sums.reached.buffer as ArrayBuffer,
  ]);
  return true;
}
