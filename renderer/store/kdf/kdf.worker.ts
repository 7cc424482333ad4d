/// <reference lib="webworker" />
/**
 * Argon2id off the page's thread: with the vault's parameters it takes about a second, which
 * would otherwise freeze the window (no spinner, no typing) at every unlock. Holds nothing
 * between requests; the passphrase bytes are wiped by deriveKek.
 */
import { deriveKek } from '../../../shared/crypto';
import type { KdfReply, KdfRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<KdfRequest>) => {
  let reply: KdfReply;
  try {
    const kek = await deriveKek(data.passphrase, data.salt, data.params);
    reply = { ok: true, kek };
    scope.postMessage(reply, [kek.buffer]);
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
    scope.postMessage(reply);
  }
};
