import { argon2id } from 'hash-wasm';
import { utf8 } from './bytes';

/** Argon2id parameters, stored in the vault header so they can be raised later (RFC 9106). */
export interface KdfParams {
  algorithm: 'argon2id';
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * 128 MiB and 4 passes: about 0.6 s per derivation in Node 20 on the 2-core build machine
 * (hash-wasm runs the lanes on one thread, so parallelism buys nothing here). Measured figures are
 * in docs and the vault bench.
 */
export const DEFAULT_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 131072,
  iterations: 4,
  parallelism: 1,
};

export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

export function checkKdfParams(params: KdfParams): void {
  const ok =
    params.algorithm === 'argon2id' &&
    Number.isInteger(params.memoryKiB) &&
    Number.isInteger(params.iterations) &&
    Number.isInteger(params.parallelism) &&
    params.memoryKiB >= 8 * params.parallelism &&
    params.iterations >= 1 &&
    params.parallelism >= 1 &&
    params.memoryKiB <= 4 * 1024 * 1024;
  if (!ok)
    throw new Error('The vault header holds key-derivation settings this version cannot use.');
}

/** Derives the 32-byte key-encryption key from a passphrase. */
export async function deriveKek(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array> {
  checkKdfParams(params);
  if (!passphrase) throw new Error('A passphrase is required.');
  if (salt.length !== SALT_BYTES)
    throw new Error('The vault header holds a salt of the wrong length.');
  const password = utf8(passphrase.normalize('NFC'));
  try {
    return await argon2id({
      password,
      salt,
      memorySize: params.memoryKiB,
      iterations: params.iterations,
      parallelism: params.parallelism,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
  } finally {
    password.fill(0);
  }
}
