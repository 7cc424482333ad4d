/**
 * A loader worker: opens and checks slices of sealed rows and posts back one JSON text per slice.
 * It holds no key between jobs; each job brings its (non-extractable) CryptoKey.
 */
import { runChunk, type ChunkJob } from './chunk';
import type { WorkerReply } from './loader-pool';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ seq: number; job: ChunkJob }>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = (event) => {
  const { seq, job } = event.data;
  runChunk(job).then(
    (result) => scope.postMessage({ seq, result }),
    (e: unknown) => scope.postMessage({ seq, error: e instanceof Error ? e.message : String(e) }),
  );
};
