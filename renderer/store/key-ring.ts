import {
  createBlindIndex,
  createTextMac,
  deriveSubkey,
  zeroise,
  type BlindIndex,
  type ManifestSegment,
  type TextMac,
} from '../../shared/crypto';

/**
 * The unlocked data key and where records that fail to open are reported. One object, shared by
 * the session and the sealing middleware, so that lock() can drop the key in one place.
 */
export interface OpenFailure {
  table: string;
  id: string;
  reason: string;
  /** The stored row exactly as read, kept for the quarantine table (none for a missing row). */
  raw: unknown;
  /** The workspace being opened when it was found, so its notice can say so. */
  workspaceId?: string;
}

export interface KeyRing {
  /** 32-byte AES-256-GCM data key; undefined while the vault is locked. */
  dek: Uint8Array | undefined;
  /** Same key, imported into WebCrypto (non-extractable) for bulk work outside transactions. */
  cryptoKey: CryptoKey | undefined;
  /** Keyed blind index under a subkey of the data key: workspace ids never sit in clear. */
  blind: BlindIndex | undefined;
  /** MAC of the rollback anchor kept outside IndexedDB, under its own subkey of the data key. */
  anchorMac: TextMac | undefined;
  failures: OpenFailure[];
  /**
   * Envelopes sealed ahead of a large write, by the very record object they seal (records are
   * never mutated), so the middleware writes them instead of sealing on the UI thread.
   */
  presealed: WeakMap<object, { table: string; env: Uint8Array }>;
  /** Decoded manifest segments by the tag of their sealed bytes: a segment unchanged is not opened again. */
  segments: Map<string, ManifestSegment>;
  /** Blind keys already computed, by workspace id. */
  workspaceKeys: Map<string, string>;
}

export function emptyKeyRing(): KeyRing {
  return {
    dek: undefined,
    cryptoKey: undefined,
    blind: undefined,
    anchorMac: undefined,
    failures: [],
    presealed: new WeakMap(),
    segments: new Map(),
    workspaceKeys: new Map(),
  };
}

/** Puts a data key (and everything derived from it) on the ring. The ring owns the key afterwards. */
export async function armKeyRing(ring: KeyRing, dek: Uint8Array): Promise<KeyRing> {
  const indexKey = await deriveSubkey(dek, 'blindIndex');
  ring.blind = await createBlindIndex(indexKey);
  zeroise(indexKey);
  const anchorKey = await deriveSubkey(dek, 'anchor');
  ring.anchorMac = await createTextMac(anchorKey);
  zeroise(anchorKey);
  ring.cryptoKey = await crypto.subtle.importKey(
    'raw',
    dek as Uint8Array<ArrayBuffer>,
    'AES-GCM',
    false,
    // Encrypt too: large writes are sealed in the loader workers (store/presealing.ts).
    ['encrypt', 'decrypt'],
  );
  ring.dek = dek;
  return ring;
}

/** Drops every key and everything decrypted that the ring holds. */
export function disarmKeyRing(ring: KeyRing): void {
  zeroise(ring.dek);
  ring.dek = undefined;
  ring.anchorMac = undefined;
  ring.cryptoKey = undefined;
  ring.blind = undefined;
  ring.presealed = new WeakMap();
  ring.segments.clear();
  ring.workspaceKeys.clear();
}

export function requireKey(ring: KeyRing): Uint8Array {
  if (!ring.dek) throw new Error('The vault is locked. Unlock it to continue.');
  return ring.dek;
}

/** The blind key a workspace's rows carry in clear instead of its id. */
export function workspaceKey(ring: KeyRing, workspaceId: string): string {
  const known = ring.workspaceKeys.get(workspaceId);
  if (known) return known;
  if (!ring.blind) throw new Error('The vault is locked. Unlock it to continue.');
  const key = ring.blind('workspace', workspaceId);
  ring.workspaceKeys.set(workspaceId, key);
  return key;
}
