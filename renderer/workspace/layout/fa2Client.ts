import type { Fa2Input } from './fa2Matrices';
import { positionsFromMatrix } from './fa2Matrices';
import type { Fa2Reply, Fa2Request } from './fa2Protocol';

export interface Fa2Job {
  /** Positions when the run ends or is stopped; rejects with a sentence for the analyst. */
  result: Promise<{
    positions: Map<string, { x: number; y: number }>;
    stopped: boolean;
    ms: number;
  }>;
  stop(): void;
}

/** Enough steps for a readable map of thousands of nodes; Stop keeps what is reached so far. */
export function fa2Iterations(order: number): number {
  return order > 3000 ? 120 : 300;
}

/** Starts ForceAtlas2 in its own worker; the matrices are transferred, not copied. */
export function startFa2(
  input: Fa2Input,
  onProgress: (done: number, iterations: number) => void,
): Fa2Job {
  const started = performance.now();
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  const iterations = fa2Iterations(input.ids.length);
  const result = new Promise<Awaited<Fa2Job['result']>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Fa2Reply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done, reply.iterations);
      else {
        worker.terminate();
        if (reply.type === 'error') reject(new Error(`The layout failed: ${reply.message}`));
        else {
          // For benchmarks: the worker's share, apart from applying the positions afterwards.
          performance.measure('linchpin:fa2-worker', { start: started });
          resolve({
            positions: positionsFromMatrix(input.ids, reply.nodes),
            stopped: reply.stopped,
            ms: performance.now() - started,
          });
        }
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The layout could not start: ${e.message}`));
    };
  });
  const start: Fa2Request = {
    type: 'start',
    nodes: input.nodes,
    edges: input.edges,
    groups: input.groups,
    groupCount: input.groupCount,
    iterations,
  };
  worker.postMessage(start, [input.nodes.buffer, input.edges.buffer, input.groups.buffer]);
  return { result, stop: () => worker.postMessage({ type: 'stop' } satisfies Fa2Request) };
}
