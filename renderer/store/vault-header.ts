import {
  AuthenticationError,
  DEFAULT_KDF,
  SALT_BYTES,
  checkKdfParams,
  isSealed,
  newDataKey,
  randomBytes,
  unwrapDataKey,
  wrapDataKey,
  zeroise,
  type Sealed,
  type KdfParams,
} from '../../shared/crypto';
import { WrongPassphraseError } from './api';
import { HEADER_ID } from './db';
import { deriveKekOffThread as deriveKek } from './kdf/derive';

/**
 * Version of the vault layout; bound into the wrapped data key's additional data and into every
 * record's. 3: no clear workspace ids or foreign keys (blind keys instead), sealed sizes padded to
 * buckets, a sealed manifest, a sealed quarantine, and no creation time in the clear header.
 * 2: sealed values as one byte array and a [workspaceId+id] index; opened only to migrate.
 */
export const HEADER_VERSION = 3;
export const LEGACY_HEADER_VERSION = 2;

/** The clear vault header: everything needed to turn a passphrase into the data key, nothing more. */
export interface VaultHeader {
  id: typeof HEADER_ID;
  format: typeof HEADER_VERSION | typeof LEGACY_HEADER_VERSION;
  kdf: KdfParams;
  salt: Uint8Array;
  wrappedDek: Sealed;
  /** Format 2 only: its creation time sat in clear; format 3 keeps it in the sealed manifest root. */
  createdAt?: string;
}

export function parseHeader(row: Record<string, unknown>): VaultHeader {
  const h = row as Partial<VaultHeader>;
  const ok =
    h.id === HEADER_ID &&
    (h.format === HEADER_VERSION ||
      (h.format === LEGACY_HEADER_VERSION && typeof h.createdAt === 'string')) &&
    h.salt instanceof Uint8Array &&
    h.salt.length === SALT_BYTES &&
    isSealed(h.wrappedDek) &&
    typeof h.kdf === 'object' &&
    h.kdf !== null;
  if (!ok)
    throw new Error(
      'The vault header is damaged or from an unknown version, so the vault cannot be opened.',
    );
  checkKdfParams(h.kdf as KdfParams);
  return h as VaultHeader;
}

export function kdfWith(overrides: Partial<KdfParams> | undefined): KdfParams {
  return { ...DEFAULT_KDF, ...overrides, algorithm: 'argon2id' };
}

/** A format-3 header holding `dek` wrapped under a key-encryption key already derived. */
export function headerFor(kek: Uint8Array, dek: Uint8Array, kdf: KdfParams, salt: Uint8Array) {
  const header: VaultHeader = {
    id: HEADER_ID,
    format: HEADER_VERSION,
    kdf,
    salt,
    wrappedDek: wrapDataKey(kek, dek, HEADER_VERSION),
  };
  return header;
}

/** A new header around a fresh random data key, which the caller must zeroise when done. */
export async function createHeader(passphrase: string, kdf: KdfParams) {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, kdf);
  const dek = newDataKey();
  const header = headerFor(kek, dek, kdf, salt);
  zeroise(kek);
  return { header, dek };
}

/**
 * The data key and the key-encryption key that unwrapped it (kept so a format-2 header can be
 * re-wrapped at migration without deriving it again), or WrongPassphraseError. The caller
 * zeroises both.
 */
export async function unlockHeader(
  header: VaultHeader,
  passphrase: string,
): Promise<{ dek: Uint8Array; kek: Uint8Array }> {
  // No vault is ever created with an empty passphrase, so an empty one is simply wrong.
  if (!passphrase) throw new WrongPassphraseError();
  const kek = await deriveKek(passphrase, header.salt, header.kdf);
  try {
    return { dek: unwrapDataKey(kek, header.wrappedDek, header.format), kek };
  } catch (e) {
    zeroise(kek);
    if (e instanceof AuthenticationError) throw new WrongPassphraseError();
    throw e;
  }
}

/** The data key, or WrongPassphraseError if the passphrase does not unwrap it. */
export async function openHeader(header: VaultHeader, passphrase: string): Promise<Uint8Array> {
  const { dek, kek } = await unlockHeader(header, passphrase);
  zeroise(kek);
  return dek;
}

/** A data key (the same one, or a new one at rotation) under a new passphrase, salt and parameters. */
export async function rewrapHeader(dek: Uint8Array, passphrase: string, kdf: KdfParams) {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, kdf);
  const next = headerFor(kek, dek, kdf, salt);
  zeroise(kek);
  return next;
}
