/**
 * The unlocked data key and where records that fail to open are reported. One object, shared by
 * the session and the sealing middleware, so that lock() can drop the key in one place.
 */
export interface OpenFailure {
  table: string;
  id: string;
  reason: string;
  /** The stored row exactly as read, kept for the quarantine table. */
  raw: unknown;
}

export interface KeyRing {
  /** 32-byte AES-256-GCM data key; undefined while the vault is locked. */
  dek: Uint8Array | undefined;
  /** Same key, imported into WebCrypto (non-extractable) for bulk decryption outside transactions. */
  cryptoKey: CryptoKey | undefined;
  failures: OpenFailure[];
  /**
   * Envelopes sealed ahead of a large write, by the very record object they seal (records are
   * never mutated), so the middleware writes them instead of sealing on the UI thread.
   */
  presealed: WeakMap<object, { table: string; env: Uint8Array }>;
}

export function emptyKeyRing(): KeyRing {
  return { dek: undefined, cryptoKey: undefined, failures: [], presealed: new WeakMap() };
}

export function requireKey(ring: KeyRing): Uint8Array {
  if (!ring.dek) throw new Error('The vault is locked. Unlock it to continue.');
  return ring.dek;
}
