/**
 * A loader worker: opens and checks slices of sealed rows and posts back one JSON text per slice,
 * or seals slices of records for a large write. It holds no key between jobs; each job brings
 * its (non-extractable) CryptoKey.
 */
import { runJob, type WorkerJob } from './chunk';
import type { WorkerReply } from './loader-pool';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ seq: number; job: WorkerJob }>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { seq, job } = event.data;
  runJob(job).then(
    (result) =>
      scope.postMessage(
        { seq, result },
        'envs' in result ? result.envs.map((e) => e.buffer as ArrayBuffer) : [],
      ),
    (e: unknown) => scope.postMessage({ seq, error: e instanceof Error ? e.message : String(e) }),
  );
};
