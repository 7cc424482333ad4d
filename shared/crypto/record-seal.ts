import { fromUtf8, utf8 } from './bytes';
import { decrypt, encrypt, type Sealed } from './envelope';
import { padToBucket } from './padding';

/**
 * Additional data binding a sealed record to the vault format, its table and its id: a ciphertext
 * moved to another row or another table no longer authenticates, and neither does a record
 * sealed under another format (format 2 had no version and no padding; see recordAadV2).
 */
export function recordAad(table: string, id: string): Uint8Array {
  return utf8(`linchpin\u0000v3\u0000${table}\u0000${id}`);
}

/** Format 2's additional data, only for reading a vault that has not been migrated yet. */
export function recordAadV2(table: string, id: string): Uint8Array {
  return utf8(`${table}\u0000${id}`);
}

/** The plaintext of a record as sealed: its JSON text padded to a size bucket (padding.ts). */
export function recordPlaintext(record: unknown): Uint8Array {
  return padToBucket(utf8(JSON.stringify(record)));
}

/**
 * Plain JSON.stringify, not canonical JSON: nothing hashes a record's plaintext, and sorting keys
 * cost a third of the write time. Records are schema-checked first, so they hold no NaN or BigInt.
 */
export function sealRecord(key: Uint8Array, table: string, id: string, record: unknown): Sealed {
  return encrypt(key, recordPlaintext(record), recordAad(table, id));
}

/** Returns the parsed plaintext; throws AuthenticationError if the seal does not hold. */
export function openRecord(key: Uint8Array, table: string, id: string, sealed: Sealed): unknown {
  const plain = decrypt(key, sealed, recordAad(table, id), `Record ${id} in ${table}`);
  return JSON.parse(fromUtf8(plain)) as unknown;
}
