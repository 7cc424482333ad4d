import { ciphertextOf, isSealed, ivOf, recordAad } from '../../../shared/crypto';
import type { RawRow } from '../db';
import { SEALED_TABLES, type WorkspaceTable } from '../db/tables';
import type { OpenFailure } from '../key-ring';
import { checkRecord } from '../record-schemas';

/** What one batch of sealed rows opened into: the good records as ONE JSON array text. */
export interface OpenedRows {
  /** `[record,record,...]`: one string crosses a worker boundary and parses far faster than clones. */
  json: string;
  count: number;
  failures: OpenFailure[];
  /** Milliseconds spent reading and opening this batch, for the vault bench. */
  readMs?: number;
  openMs?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens sealed rows with WebCrypto (native AES-GCM, several times faster than the synchronous
 * cipher the middleware must use), checks each against the shared model and its clear index
 * fields, and says why any row cannot be trusted. Runs in a loader worker or, without workers,
 * on the calling thread: same code, same checks.
 */
export async function openRows(
  key: CryptoKey,
  table: WorkspaceTable,
  rows: readonly RawRow[],
): Promise<OpenedRows> {
  const keyField = SEALED_TABLES[table].key;
  const opened = await Promise.all(
    rows.map((row) => openOne(key, table, String(row[keyField]), row)),
  );
  const parts: string[] = [];
  const failures: OpenFailure[] = [];
  opened.forEach((result, i) => {
    const row = rows[i] as RawRow;
    const reason = checkOpened(table, result, row);
    if (typeof reason === 'string')
      failures.push({ table, id: String(row[keyField]), reason, raw: row });
    else parts.push(JSON.stringify(reason.value));
  });
  return { json: `[${parts.join(',')}]`, count: parts.length, failures };
}

type Opened = { ok: true; value: unknown } | { ok: false; reason: string };

/** The checked record, or a sentence saying why the row cannot be trusted. */
function checkOpened(
  table: WorkspaceTable,
  result: Opened,
  row: RawRow,
): { value: Record<string, unknown> } | string {
  if (!result.ok) return result.reason;
  const checked = checkRecord(table, result.value);
  if (!checked.ok) return checked.reason;
  const value = checked.value as Record<string, unknown>;
  // The clear copies drive the indexes; if they disagree with the sealed truth the row was moved.
  const moved = SEALED_TABLES[table].clear.find((field) => row[field] !== value[field]);
  return moved ? `Its clear ${moved} does not match the sealed record.` : { value };
}

async function openOne(key: CryptoKey, table: string, id: string, row: RawRow): Promise<Opened> {
  const sealed = row.env;
  if (!isSealed(sealed)) return { ok: false, reason: 'The record is not sealed.' };
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: ivOf(sealed) as Uint8Array<ArrayBuffer>,
        additionalData: recordAad(table, id) as Uint8Array<ArrayBuffer>,
      },
      key,
      ciphertextOf(sealed) as Uint8Array<ArrayBuffer>,
    );
    return { ok: true, value: JSON.parse(decoder.decode(plain)) as unknown };
  } catch {
    const reason = `Record ${id} in ${table} failed its integrity check: it was altered, moved, or sealed with another key.`;
    return { ok: false, reason };
  }
}

/** The data key in WebCrypto, usable only to decrypt and never exported again. */
export async function importDataKey(dek: Uint8Array): Promise<CryptoKey> {
  // Encrypt too: large writes are sealed in the loader workers (store/presealing.ts).
  return crypto.subtle.importKey('raw', dek as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}
