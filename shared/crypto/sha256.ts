import { createSHA256, sha256 } from 'hash-wasm';
import { utf8 } from './bytes';

/** A SHA-256 that answers synchronously, so it can run inside an IndexedDB transaction. */
export type Sha256Hex = (data: string | Uint8Array) => string;

let ready: Promise<Sha256Hex> | undefined;

/**
 * Loads the WebAssembly hasher once (asynchronously, outside any transaction) and returns a
 * synchronous function over it. JavaScript is single-threaded, so reusing one hasher is safe.
 */
export function loadSha256(): Promise<Sha256Hex> {
  ready ??= createSHA256().then((hasher) => (data) => {
    hasher.init();
    hasher.update(typeof data === 'string' ? utf8(data) : data);
    return hasher.digest('hex');
  });
  return ready;
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return sha256(typeof data === 'string' ? utf8(data) : data);
}
