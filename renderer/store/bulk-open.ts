import { isEnvelope, recordAad } from '../../shared/crypto';
import type { RawRow, SealedTable } from './db';
import { SEALED_TABLES } from './db';
import type { OpenFailure } from './key-ring';
import { checkRecord } from './record-schemas';

const BATCH = 4096;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens many sealed rows with WebCrypto, outside any transaction (WebCrypto is asynchronous but
 * runs natively and in parallel, several times faster than the synchronous cipher the middleware
 * must use). Same envelope, same additional data, same schema checks; failures are reported.
 */
export async function openRowsInBulk<T extends { id: string }>(
  key: CryptoKey,
  table: SealedTable,
  rows: readonly RawRow[],
  failures: OpenFailure[],
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  const { key: keyField, clear } = SEALED_TABLES[table];
  /** Adds the record to the result, or says why it cannot be trusted. */
  const accept = (result: Opened, row: RawRow): string | undefined => {
    if (!result.ok) return result.reason;
    const checked = checkRecord(table, result.value);
    if (!checked.ok) return checked.reason;
    const value = checked.value as T & Record<string, unknown>;
    const moved = clear.find((field) => row[field] !== value[field]);
    if (moved) return `Its clear ${moved} does not match the sealed record.`;
    out.set(value.id, value);
    return undefined;
  };
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const opened = await Promise.all(
      batch.map((row) => openOne(key, table, String(row[keyField]), row)),
    );
    opened.forEach((result, i) => {
      const row = batch[i] as RawRow;
      const reason = accept(result, row);
      if (reason) failures.push({ table, id: String(row[keyField]), reason, raw: row });
    });
  }
  return out;
}

type Opened = { ok: true; value: unknown } | { ok: false; reason: string };

/** The parsed plaintext, or a sentence saying why it could not be had. */
async function openOne(key: CryptoKey, table: string, id: string, row: RawRow): Promise<Opened> {
  const env = row.env;
  if (!isEnvelope(env)) return { ok: false, reason: 'The record is not sealed.' };
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: env.iv as Uint8Array<ArrayBuffer>,
        additionalData: recordAad(table, id) as Uint8Array<ArrayBuffer>,
      },
      key,
      env.ct as Uint8Array<ArrayBuffer>,
    );
    return { ok: true, value: JSON.parse(decoder.decode(plain)) as unknown };
  } catch {
    const reason = `Record ${id} in ${table} failed its integrity check: it was altered, moved, or sealed with another key.`;
    return { ok: false, reason };
  }
}

export async function importDataKey(dek: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', dek as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
    'decrypt',
  ]);
}
