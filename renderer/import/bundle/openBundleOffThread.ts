import {
  failOne,
  openBundle,
  type FormatResult,
  type GraphDocument,
} from '../../../shared/formats';
import type { BundleReply, BundleRequest } from './protocol';

/**
 * Opening is Argon2id (about a second at the ceiling of the header's range), then decryption and
 * validation, which grow with the bundle (zod checks some 10k records a second): 30 s, and 0.5 s
 * more per megabyte. A backstop that frees the page, never expected to stop a good bundle.
 */
export const bundleBudgetMs = (bytes: number) => 30_000 + (bytes / (1024 * 1024)) * 500;

/**
 * Opens a bundle in a worker so the page keeps drawing while the key is derived, and stops the
 * worker if it outruns its budget. Where there is no Worker (unit tests in Node) it runs here.
 */
export async function openBundleOffThread(
  bytes: Uint8Array,
  passphrase: string,
  workspaceId: string,
  budgetMs = bundleBudgetMs(bytes.length),
): Promise<FormatResult<GraphDocument>> {
  if (typeof Worker === 'undefined') return openBundle(bytes, passphrase, { workspaceId });
  const worker = new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' });
  // A copy of its own (a Node Buffer's slice() is a view of a shared pool), transferred.
  const copy = new Uint8Array(bytes).buffer;
  let timer: Parameters<typeof clearTimeout>[0];
  try {
    return await new Promise<BundleReply>((resolve) => {
      const stopped = (why: string) =>
        resolve(failOne('bundle', `Opening the bundle ${why}. Nothing was imported.`));
      timer = setTimeout(
        () => stopped(`took longer than ${Math.round(budgetMs / 1000)} s and was stopped`),
        budgetMs,
      ) as Parameters<typeof clearTimeout>[0];
      worker.onmessage = (e: MessageEvent<BundleReply>) => resolve(e.data);
      worker.onerror = (e) => stopped(`failed (${e.message || 'the worker stopped'})`);
      worker.onmessageerror = () => stopped('failed (its reply could not be read)');
      const request: BundleRequest = { bytes: copy, passphrase, workspaceId };
      worker.postMessage(request, [copy]);
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
