import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from './bytes';

/** AES-256-GCM output as stored: format version, 12-byte IV, ciphertext with its 16-byte tag. */
export interface Envelope {
  v: 1;
  iv: Uint8Array;
  ct: Uint8Array;
}

export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** Raised when a ciphertext fails authentication: wrong key, tampering, or a swapped record. */
export class AuthenticationError extends Error {
  constructor(what: string) {
    super(`${what} failed its integrity check: it was altered, moved, or sealed with another key.`);
    this.name = 'AuthenticationError';
  }
}

/** Synchronous on purpose: an IndexedDB transaction closes if we await WebCrypto inside it. */
export function encrypt(
  key: Uint8Array,
  plaintext: Uint8Array,
  additionalData: Uint8Array,
): Envelope {
  const iv = randomBytes(IV_BYTES);
  return { v: 1, iv, ct: gcm(key, iv, additionalData).encrypt(plaintext) };
}

export function decrypt(
  key: Uint8Array,
  envelope: Envelope,
  additionalData: Uint8Array,
  what: string,
): Uint8Array {
  if (!isEnvelope(envelope)) throw new AuthenticationError(what);
  try {
    return gcm(key, envelope.iv, additionalData).decrypt(envelope.ct);
  } catch {
    throw new AuthenticationError(what);
  }
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<Envelope>;
  return (
    e.v === 1 &&
    e.iv instanceof Uint8Array &&
    e.iv.length === IV_BYTES &&
    e.ct instanceof Uint8Array &&
    e.ct.length >= TAG_BYTES
  );
}
