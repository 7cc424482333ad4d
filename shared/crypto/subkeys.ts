import { KEY_BYTES } from './kdf';
import { utf8 } from './bytes';

/** What each key derived from the data key is for; the label is the HKDF info, so they differ. */
export const SUBKEY_PURPOSES = {
  /** Keyed blind index: the workspace key rows carry in clear instead of the workspace id. */
  blindIndex: 'linchpin blind index v1',
  /** MAC of the rollback anchor kept outside IndexedDB. */
  anchor: 'linchpin rollback anchor v1',
} as const;
export type SubkeyPurpose = keyof typeof SUBKEY_PURPOSES;

/**
 * HKDF-SHA256 (RFC 5869) from the data key, with WebCrypto. Subkeys change with the data key, so
 * key rotation changes every blind index too. Runs once per unlock, outside any transaction.
 */
export async function deriveSubkey(dek: Uint8Array, purpose: SubkeyPurpose): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', dek as Uint8Array<ArrayBuffer>, 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(32),
      info: utf8(SUBKEY_PURPOSES[purpose]) as Uint8Array<ArrayBuffer>,
    },
    base,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}
