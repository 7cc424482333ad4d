import { fromUtf8, utf8 } from './bytes';
import { decrypt, encrypt, type Sealed } from './envelope';

/**
 * Additional data binding a sealed record to its table and id: a ciphertext moved to another row
 * or another table no longer authenticates.
 */
export function recordAad(table: string, id: string): Uint8Array {
  return utf8(`${table}\u0000${id}`);
}

/**
 * Plain JSON.stringify, not canonical JSON: nothing hashes a record's plaintext, and sorting keys
 * cost a third of the write time. Records are schema-checked first, so they hold no NaN or BigInt.
 */
export function sealRecord(key: Uint8Array, table: string, id: string, record: unknown): Sealed {
  return encrypt(key, utf8(JSON.stringify(record)), recordAad(table, id));
}

/** Returns the parsed plaintext; throws AuthenticationError if the seal does not hold. */
export function openRecord(key: Uint8Array, table: string, id: string, sealed: Sealed): unknown {
  const plain = decrypt(key, sealed, recordAad(table, id), `Record ${id} in ${table}`);
  return JSON.parse(fromUtf8(plain)) as unknown;
}
