import { deriveKek, type KdfParams } from '../../../shared/crypto';
import type { KdfReply } from './protocol';

/**
 * The key-encryption key, derived in a worker so the page keeps drawing while Argon2id runs.
 * Where there is no Worker (unit tests in Node) it runs here; the result is the same bytes.
 */
export async function deriveKekOffThread(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return deriveKek(passphrase, salt, params);
  const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<KdfReply>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<KdfReply>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message || 'The key derivation stopped.'));
      worker.postMessage({ passphrase, salt, params });
    });
    if (!reply.ok) throw new Error(reply.message);
    return reply.kek;
  } finally {
    worker.terminate();
  }
}
