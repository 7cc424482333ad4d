import { describe, expect, it } from 'vitest';
import { AnalysisCancelled, createAnalysisClient } from '../../../renderer/analysis/client';
import { csrFromMessage, runQuery } from '../../../renderer/analysis/handlers';
import type { FromWorker, ToWorker } from '../../../renderer/analysis/protocol';
import type { WorkerFactory } from '../../../renderer/analysis/workerPort';
import type { Csr } from '../../../shared/analysis';
import { id, pathWorkspace } from './fixture';

/** The worker's own handlers behind an asynchronous port, with every message logged. */
function inProcessWorkers() {
  const log: string[] = [];
  let started = 0;
  const factory: WorkerFactory = (onMessage) => {
    started += 1;
    const graphs = new Map<string, Csr>();
    let alive = true;
    return {
      post(message: ToWorker) {
        log.push(message.type);
        setTimeout(() => {
          if (!alive) return;
          if (message.type === 'graph')
            return void graphs.set(message.key, csrFromMessage(message));
          const csr = graphs.get(message.graphKey)!;
          const result = runQuery(csr, message.query, () => {});
          const reply: FromWorker = { type: 'result', id: message.id, result };
          onMessage(reply);
        }, 0);
      },
      terminate: () => void (alive = false),
    };
  };
  return { factory, log, started: () => started };
}

const betweenness = { kind: 'measure', measure: 'betweenness' } as const;

describe('createAnalysisClient', () => {
  it('caches per workspace version and sends each graph once', async () => {
    const workers = inProcessWorkers();
    const client = createAnalysisClient(workers.factory);
    const v1 = pathWorkspace(1);
    const first = await client.run({ loaded: v1, query: betweenness }).promise;
    const again = await client.run({ loaded: v1, query: betweenness }).promise;
    expect(again).toBe(first);
    await client.run({ loaded: v1, query: { kind: 'measure', measure: 'degree' } }).promise;
    expect(workers.log).toEqual(['graph', 'run', 'run']);
    const v2 = await client.run({ loaded: pathWorkspace(2), query: betweenness }).promise;
    expect(v2).not.toBe(first);
    expect(workers.log).toEqual(['graph', 'run', 'run', 'graph', 'run']);
  });

  it('cancel rejects that run, ends the worker and re-sends the others to a fresh one', async () => {
    const workers = inProcessWorkers();
    const client = createAnalysisClient(workers.factory);
    const loaded = pathWorkspace();
    const doomed = client.run({ loaded, query: { kind: 'keyPlayers', k: 1, timeBudgetMs: 50 } });
    const other = client.run({ loaded, query: { kind: 'shortestPath', from: id(1), to: id(5) } });
    doomed.cancel();
    await expect(doomed.promise).rejects.toBeInstanceOf(AnalysisCancelled);
    await expect(other.promise).resolves.toMatchObject({ kind: 'path' });
    expect(workers.started()).toBe(2);
    // Nothing from a cancelled run is cached.
    await client.run({ loaded, query: { kind: 'keyPlayers', k: 1, timeBudgetMs: 50 } }).promise;
    expect(workers.log.filter((m) => m === 'run')).toHaveLength(4);
  });
});
