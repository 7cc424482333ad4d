import type { LoadedWorkspace } from '../store/api';
import { buildCompactGraph, type CompactGraph } from './compactGraph';
import { decodeResult, type AnalysisResult } from './decode';
import { KEEP_GRAPHS, type AnalysisQuery, type FromWorker } from './protocol';
import { graphKey, queryKey, weightingFor } from './requests';
import { ResultCache } from './resultCache';
import { browserWorker, type WorkerFactory, type WorkerPort } from './workerPort';

export interface AnalysisRequest {
  loaded: LoadedWorkspace;
  query: AnalysisQuery;
}
export interface AnalysisProgress {
  /** 0 to 1 where the work can be counted; stages that cannot be counted report 0. */
  fraction: number;
  stage: string;
}
export interface RunningAnalysis {
  promise: Promise<AnalysisResult>;
  cancel(): void;
}
export interface AnalysisClient {
  run(request: AnalysisRequest, onProgress?: (p: AnalysisProgress) => void): RunningAnalysis;
  /** Ends the worker and every run in flight; a later run starts a fresh worker. */
  dispose(): void;
}

/** Rejects a run the analyst cancelled, so callers can tell it from a failure. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AnalysisCancelled';
  }
}

interface Job {
  graph: CompactGraph;
  graphKey: string;
  query: AnalysisQuery;
  cacheAt: [workspaceId: string, version: number, key: string];
  onProgress: ((p: AnalysisProgress) => void) | undefined;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

/**
 * Talks to the analysis worker: builds the compact graph once per workspace version, sends it
 * only when the worker lacks it, caches results per (workspace, version, question), and cancels
 * by terminating the worker (a running Brandes loop cannot be interrupted any other way);
 * the runs still queued are sent again to a fresh worker.
 */
export function createAnalysisClient(factory: WorkerFactory = browserWorker): AnalysisClient {
  const results = new ResultCache<AnalysisResult>();
  const graphs = new ResultCache<CompactGraph>();
  const pending = new Map<number, Job>();
  let worker: WorkerPort | null = null;
  let sent: string[] = [];
  let nextId = 1;

  const onMessage = (message: FromWorker) => {
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.({ fraction: message.fraction, stage: message.stage });
      return;
    }
    pending.delete(message.id);
    if (message.type === 'error') return job.reject(new Error(message.message));
    const result = decodeResult(job.graph, message.result);
    results.set(...job.cacheAt, result);
    job.resolve(result);
  };
  const onFailure = (text: string) => {
    const failed = [...pending.values()];
    pending.clear();
    reset();
    for (const job of failed)
      job.reject(new Error(`The analysis stopped unexpectedly (${text}). Try again.`));
  };
  const reset = () => {
    worker?.terminate();
    worker = null;
    sent = [];
  };
  const dispatch = (id: number, job: Job) => {
    worker ??= factory(onMessage, onFailure);
    if (!sent.includes(job.graphKey)) {
      // Copies go over, so the client's own graph stays readable for decoding results.
      const { ids, weights } = job.graph;
      const src = job.graph.src.slice();
      const dst = job.graph.dst.slice();
      const w = weights ? weights.slice() : null;
      const transfer = [src.buffer, dst.buffer, ...(w ? [w.buffer] : [])];
      worker.post({ type: 'graph', key: job.graphKey, ids, src, dst, weights: w }, transfer);
      sent.push(job.graphKey);
      if (sent.length > KEEP_GRAPHS) sent.shift();
    }
    worker.post({ type: 'run', id, graphKey: job.graphKey, query: job.query }, []);
  };
  const cancel = (id: number) => {
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    reset();
    job.reject(new AnalysisCancelled());
    for (const [other, queued] of pending) dispatch(other, queued);
  };

  return {
    run({ loaded, query }, onProgress) {
      const workspaceId = loaded.workspace.id;
      const key = queryKey(query);
      const cached = results.get(workspaceId, loaded.version, key);
      if (cached) return { promise: Promise.resolve(cached), cancel: () => {} };
      const weighting = weightingFor(query);
      let graph = graphs.get(workspaceId, loaded.version, weighting);
      if (!graph) {
        graph = buildCompactGraph(loaded, weighting);
        graphs.set(workspaceId, loaded.version, weighting, graph);
      }
      const id = nextId++;
      const promise = new Promise<AnalysisResult>((resolve, reject) => {
        const job: Job = {
          graph: graph,
          graphKey: graphKey(workspaceId, loaded.version, weighting),
          query,
          cacheAt: [workspaceId, loaded.version, key],
          onProgress,
          resolve,
          reject,
        };
        pending.set(id, job);
        dispatch(id, job);
      });
      return { promise, cancel: () => cancel(id) };
    },
    dispose() {
      const dropped = [...pending.values()];
      pending.clear();
      reset();
      for (const job of dropped) job.reject(new AnalysisCancelled());
    },
  };
}
