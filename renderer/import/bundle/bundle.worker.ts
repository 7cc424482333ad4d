/// <reference lib="webworker" />
/**
 * Opens a .linchpin bundle off the page's thread: Argon2id (up to the vault's own 128 MiB x 4
 * passes), AES-GCM and the records' validation. The page terminates this worker if it runs
 * past its time budget. Holds nothing between requests.
 */
import { openBundle } from '../../../shared/formats';
import type { BundleReply, BundleRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<BundleRequest>) => {
  let reply: BundleReply;
  try {
    reply = await openBundle(new Uint8Array(data.bytes), data.passphrase, {
      workspaceId: data.workspaceId,
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    reply = {
      ok: false,
      errors: [{ where: 'bundle', message: `The bundle could not be opened (${detail}).` }],
    };
  }
  scope.postMessage(reply);
};
