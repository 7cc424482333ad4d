import type { FromWorker, ToWorker } from './protocol';

/** The little the client needs from a worker; tests supply one that runs in Node. */
export interface WorkerPort {
  post(message: ToWorker, transfer: Transferable[]): void;
  terminate(): void;
}

export type WorkerFactory = (
  onMessage: (message: FromWorker) => void,
  onFailure: (text: string) => void,
) => WorkerPort;

/**
 * A module worker from our own origin: the Content-Security-Policy allows worker-src 'self'
 * only, so no blob: workers. Vite bundles the file it finds in this exact `new URL` pattern.
 */
export const browserWorker: WorkerFactory = (onMessage, onFailure) => {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(event.message || 'the analysis worker could not start');
  };
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    terminate: () => worker.terminate(),
  };
};
