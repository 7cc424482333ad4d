import { createHMAC, createSHA256 } from 'hash-wasm';
import { toBase64Url, utf8 } from './bytes';

/** A keyed blind index: the same parts always give the same opaque text; no key, no link back. */
export type BlindIndex = (...parts: string[]) => string;

/** 128 bits of HMAC-SHA256 output: collisions are out of reach, and keys stay short. */
const BLIND_BYTES = 16;

/**
 * HMAC-SHA256 under a key derived from the data key (subkeys.ts), answering synchronously so it
 * can run inside an IndexedDB transaction. The parts are joined with NUL, which no id contains, so
 * ("a", "bc") and ("ab", "c") never meet. Built once per unlock (hash-wasm loads asynchronously).
 */
export async function createBlindIndex(key: Uint8Array): Promise<BlindIndex> {
  const hmac = await createHMAC(createSHA256(), key);
  return (...parts) => {
    hmac.init();
    hmac.update(utf8(parts.join('\u0000')));
    return toBase64Url((hmac.digest('binary') as Uint8Array).subarray(0, BLIND_BYTES));
  };
}

/** HMAC-SHA256 of a text, as hex, answering synchronously once built (for the rollback anchor). */
export type TextMac = (text: string) => string;

export async function createTextMac(key: Uint8Array): Promise<TextMac> {
  const hmac = await createHMAC(createSHA256(), key);
  return (text) => {
    hmac.init();
    hmac.update(utf8(text));
    return hmac.digest('hex') as string;
  };
}
