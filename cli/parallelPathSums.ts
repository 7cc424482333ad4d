import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  addPathSums,
  clockMs,
  pathSumsRange,
  pivotOrder,
  pivotSums,
  sampledBetweennessFromSums,
  sampledOptions,
  type CsrTopology,
  type PathSums,
  type PivotScaling,
  type PivotSums,
  type SampledBetweennessOptions,
  type SampledBetweennessResult,
} from '../shared/analysis';

const ROLE = 'linchpin-path-sums' as const;

interface Topology {
  role: typeof ROLE;
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
}

/** Exact path sums: this thread takes sources from, from + step, from + 2·step, ... */
interface StrideJob extends Topology {
  kind: 'stride';
  from: number;
  step: number;
}

/** Sampled betweenness: this thread runs these pivots in order until the deadline (on `clockMs`). */
interface PivotJob extends Topology {
  kind: 'pivots';
  pivots: Int32Array;
  scaling: PivotScaling;
  deadlineMs: number;
}

type Job = StrideJob | PivotJob;

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
  const job = topology(csr);
  const pending = Array.from({ length: parts - 1 }, (_, t) =>
    runWorker<PathSums>(workerScript, { ...job, kind: 'stride', from: t + 1, step: parts }),
  );
  const total = pathSumsRange(csr, 0, csr.n, true, parts);
  for (const part of await Promise.all(pending)) addPathSums(total, part);
  return total;
}

/**
 * `sampledBetweenness` with its pivots shared out by stride over `threads` threads, this one
 * included. Under a time budget every thread stops at the same deadline, so the pivots used are
 * the first few of each thread's share of one seeded random order: a uniform sample without
 * replacement as long as how many fit does not depend on which came up (on a connected network
 * every pivot costs about the same). The bound is computed for the number used. Without a budget
 * the figures are those of `sampledBetweenness` with the same seed, up to the order in which
 * floating-point sums are added.
 */
export async function parallelSampledBetweenness(
  csr: CsrTopology,
  options: SampledBetweennessOptions,
  threads: number,
  workerScript: URL | string,
): Promise<SampledBetweennessResult> {
  const { samples, seed, confidence, scaling } = sampledOptions(options);
  const pivots = pivotOrder(csr.n, seed).subarray(0, Math.min(csr.n, samples));
  const deadlineMs =
    options.timeBudgetMs === undefined ? Infinity : clockMs() + options.timeBudgetMs;
  const parts = Math.max(1, Math.min(threads, pivots.length));
  const share = (t: number) => pivots.filter((_, i) => i % parts === t);
  const job = topology(csr);
  const pending = Array.from({ length: parts - 1 }, (_, t) =>
    runWorker<PivotSums>(workerScript, {
      ...job,
      kind: 'pivots',
      pivots: share(t + 1),
      scaling,
      deadlineMs,
    }),
  );
  const total = pivotSums(csr, share(0), scaling, deadlineMs);
  for (const part of await Promise.all(pending)) {
    for (let v = 0; v < csr.n; v++) total.dependency[v]! += part.dependency[v]!;
    total.used += part.used;
  }
  return sampledBetweennessFromSums(csr.n, total, scaling, confidence);
}

function topology(csr: CsrTopology): Topology {
  return { role: ROLE, n: csr.n, offsets: csr.offsets, targets: csr.targets };
}

function runWorker<T>(script: URL | string, job: Job): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (result: T) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`A betweenness worker thread stopped unexpectedly (exit code ${code}).`));
    });
  });
}

/** In a worker started by `parallelPathSums` or `parallelSampledBetweenness`: does the job, posts the sums back, returns true. */
export function runPathSumsWorkerIfAsked(): boolean {
  const job = workerData as Job | undefined;
  if (!parentPort || job?.role !== ROLE) return false;
  const csr = { n: job.n, offsets: job.offsets, targets: job.targets };
  if (job.kind === 'pivots') {
    const sums = pivotSums(csr, job.pivots, job.scaling, job.deadlineMs);
    parentPort.postMessage(sums, [sums.dependency.buffer as ArrayBuffer]);
    return true;
  }
  const sums = pathSumsRange(csr, job.from, job.n, true, job.step);
  parentPort.postMessage(sums, [
    sums.dependency.buffer as ArrayBuffer,
    sums.distanceSum.buffer as ArrayBuffer,
    sums.reached.buffer as ArrayBuffer,
  ]);
  return true;
}
