/**
 * The analysis worker: keeps the compact graphs it was sent (a few versions), runs one query at
 * a time with shared/analysis and hands typed arrays back without copying. The main thread
 * never computes a measure; cancelling terminates this worker and the client starts another.
 */
import type { Csr } from '../../shared/analysis';
import { csrFromMessage, runQuery } from './handlers';
import type { FromWorker, ToWorker } from './protocol';
import { KEEP_GRAPHS, transferablesOf } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, options?: { transfer?: Transferable[] }): void;
}
const scope = self as unknown as WorkerScope;

const graphs = new Map<string, Csr>();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'graph') {
    graphs.set(message.key, csrFromMessage(message));
    while (graphs.size > KEEP_GRAPHS) graphs.delete(graphs.keys().next().value!);
    return;
  }
  const csr = graphs.get(message.graphKey);
  try {
    if (!csr) throw new Error('The analysis lost track of the network; run it again.');
    const result = runQuery(csr, message.query, (fraction, stage) =>
      scope.postMessage({ type: 'progress', id: message.id, fraction, stage }),
    );
    scope.postMessage(
      { type: 'result', id: message.id, result },
      { transfer: transferablesOf(result) },
    );
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', id: message.id, message: text.replace(/^analysis: /, '') });
  }
};
