import { gcm } from '@noble/ciphers/aes.js';
import { argon2id } from 'hash-wasm';
import { readJsonRecords, writeJsonRecords } from '../json/jsonRecords';
import type { GraphDocument, ImportContext } from '../records';
import { failOne, ok, type FormatResult } from '../result';
import {
  BUNDLE_VERSION,
  MAX_BUNDLE_BYTES,
  encodeHeader,
  fromBase64,
  splitBundle,
  toBase64,
  type BundleHeader,
} from './bundleHeader';
import { kdfRangeIssues } from './kdfRange';

export interface KdfParams {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** RFC 9106's second recommended option (64 MiB, 3 passes), with one lane for browsers. */
export const DEFAULT_KDF: KdfParams = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

function random(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  kdf: KdfParams,
): Promise<Uint8Array> {
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    iterations: kdf.iterations,
    memorySize: kdf.memoryKiB,
    parallelism: kdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

/** Seals a workspace or a selection for another analyst with a passphrase. */
export async function sealBundle(
  doc: GraphDocument,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
  now = new Date(),
): Promise<FormatResult<Uint8Array>> {
  if (passphrase.length === 0) return failOne('passphrase', 'A bundle needs a passphrase.');
  const outOfRange = kdfRangeIssues({ ...kdf, saltBytes: 16, ivBytes: 12 });
  if (outOfRange.length) return { ok: false, errors: outOfRange };
  const salt = random(16);
  const iv = random(12);
  const header: BundleHeader = {
    version: BUNDLE_VERSION,
    kdf: { algorithm: 'argon2id', ...kdf, salt: toBase64(salt) },
    cipher: 'aes-256-gcm',
    iv: toBase64(iv),
    summary: {
      entities: doc.records.entities.length,
      links: doc.records.links.length,
      intel: doc.records.intel.length,
    },
    createdAt: now.toISOString(),
  };
  const prefix = encodeHeader(header);
  const key = await deriveKey(passphrase, salt, kdf);
  const plaintext = new TextEncoder().encode(writeJsonRecords(doc, header.createdAt));
  const ciphertext = gcm(key, iv, prefix).encrypt(plaintext);
  key.fill(0);
  const out = new Uint8Array(prefix.length + ciphertext.length);
  out.set(prefix, 0);
  out.set(ciphertext, prefix.length);
  return ok(out);
}

/** The header alone, e.g. to show "12 entities, 30 links" before asking for the passphrase. */
export function readBundleHeader(bytes: Uint8Array): FormatResult<BundleHeader> {
  const split = splitBundle(bytes);
  return split.ok ? { ok: true, value: split.value.header } : split;
}

/**
 * Opens a bundle. A wrong passphrase and a changed byte are indistinguishable by design (GCM
 * authentication fails either way), so the message names both; nothing is returned.
 */
export async function openBundle(
  bytes: Uint8Array,
  passphrase: string,
  context: ImportContext,
): Promise<FormatResult<GraphDocument>> {
  const split = splitBundle(bytes);
  if (!split.ok) return split;
  const { header, prefix, ciphertext } = split.value;
  let plaintext: Uint8Array;
  try {
    const iv = fromBase64(header.iv);
    const key = await deriveKey(passphrase, fromBase64(header.kdf.salt), header.kdf);
    plaintext = gcm(key, iv, prefix).decrypt(ciphertext);
    key.fill(0);
  } catch {
    return failOne(
      'bundle',
      'The bundle could not be opened: the passphrase is wrong, or the file has been changed or damaged since it was sealed. Nothing was imported.',
    );
  }
  return readJsonRecords(plaintext, context, { maxBytes: MAX_BUNDLE_BYTES });
}
