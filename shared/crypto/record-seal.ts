import { fromUtf8, utf8 } from './bytes';
import { canonicalJson } from './canonical-json';
import { decrypt, encrypt, type Envelope } from './envelope';

/**
 * Additional data binding a sealed record to its table and id: a ciphertext moved to another row
 * or another table no longer authenticates.
 */
export function recordAad(table: string, id: string): Uint8Array {
  return utf8(`${table}\u0000${id}`);
}

export function sealRecord(key: Uint8Array, table: string, id: string, record: unknown): Envelope {
  return encrypt(key, utf8(canonicalJson(record)), recordAad(table, id));
}

/** Returns the parsed plaintext; throws AuthenticationError if the seal does not hold. */
export function openRecord(
  key: Uint8Array,
  table: string,
  id: string,
  envelope: Envelope,
): unknown {
  const plain = decrypt(key, envelope, recordAad(table, id), `Record ${id} in ${table}`);
  return JSON.parse(fromUtf8(plain)) as unknown;
}
