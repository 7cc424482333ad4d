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
 * Version of the vault layout; bound into the wrapped data key's additional data. 2: every sealed
 * value is one byte array (iv || ciphertext || tag) and rows carry a [workspaceId+id] index.
 */
export const HEADER_VERSION = 2;

/** The clear vault header: everything needed to turn a passphrase into the data key, nothing more. */
export interface VaultHeader {
  id: typeof HEADER_ID;
  format: typeof HEADER_VERSION;
  kdf: KdfParams;
  salt: Uint8Array;
  wrappedDek: Sealed;
  createdAt: string;
}

export function parseHeader(row: Record<string, unknown>): VaultHeader {
  const h = row as Partial<VaultHeader>;
  const ok =
    h.id === HEADER_ID &&
    h.format === HEADER_VERSION &&
    typeof h.createdAt === 'string' &&
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

/** A new header around a fresh random data key, which the caller must zeroise when done. */
export async function createHeader(passphrase: string, kdf: KdfParams, createdAt: string) {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, kdf);
  const dek = newDataKey();
  const header: VaultHeader = {
    id: HEADER_ID,
    format: HEADER_VERSION,
    kdf,
    salt,
    wrappedDek: wrapDataKey(kek, dek, HEADER_VERSION),
    createdAt,
  };
  zeroise(kek);
  return { header, dek };
}

/** The data key, or WrongPassphraseError if the passphrase does not unwrap it. */
export async function openHeader(header: VaultHeader, passphrase: string): Promise<Uint8Array> {
  // No vault is ever created with an empty passphrase, so an empty one is simply wrong.
  if (!passphrase) throw new WrongPassphraseError();
  const kek = await deriveKek(passphrase, header.salt, header.kdf);
  try {
    return unwrapDataKey(kek, header.wrappedDek, HEADER_VERSION);
  } catch (e) {
    if (e instanceof AuthenticationError) throw new WrongPassphraseError();
    throw e;
  } finally {
    zeroise(kek);
  }
}

/** Same data key under a new passphrase, new salt and (possibly raised) parameters. */
export async function rewrapHeader(
  header: VaultHeader,
  dek: Uint8Array,
  passphrase: string,
  kdf: KdfParams,
) {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKek(passphrase, salt, kdf);
  const next: VaultHeader = {
    ...header,
    kdf,
    salt,
    wrappedDek: wrapDataKey(kek, dek, HEADER_VERSION),
  };
  zeroise(kek);
  return next;
}
