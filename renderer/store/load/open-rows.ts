import {
  ROW_PROBLEM_REASONS,
  ciphertextOf,
  isSealed,
  ivOf,
  recordAad,
  recordAadV2,
  tagOf,
} from '../../../shared/crypto';
import type { RawRow } from '../db';
import { SEALED_TABLES, type SealedTable } from '../db/tables';
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

/** What each row must be besides authentic and well-formed. */
export interface RowExpectations {
  /** The workspace the rows were read for: a sealed record of another one was moved here. */
  workspaceId?: string;
  /** Per row, in order: the tag the manifest holds for it, or null when it lists none. */
  tags?: readonly (string | null)[];
  /** Format 2 rows (before migration): older additional data, clear workspaceId to compare. */
  legacy?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens sealed rows with WebCrypto (native AES-GCM, several times faster than the synchronous
 * cipher the middleware must use), checks each against the shared model, its workspace and the
 * manifest's tag, and says why any row cannot be trusted. Runs in a loader worker or, without
 * workers, on the calling thread: same code, same checks.
 */
export async function openRows(
  key: CryptoKey,
  table: SealedTable,
  rows: readonly RawRow[],
  expect: RowExpectations = {},
): Promise<OpenedRows> {
  const keyField = SEALED_TABLES[table].key;
  const opened = await Promise.all(
    rows.map((row) => openOne(key, table, String(row[keyField]), row, expect.legacy)),
  );
  const parts: string[] = [];
  const failures: OpenFailure[] = [];
  opened.forEach((result, i) => {
    const row = rows[i] as RawRow;
    const reason = checkOpened(table, result, row, expect, i);
    if (typeof reason === 'string')
      failures.push({ table, id: String(row[keyField]), reason, raw: row });
    else parts.push(JSON.stringify(reason.value));
  });
  return { json: `[${parts.join(',')}]`, count: parts.length, failures };
}

type Opened = { ok: true; value: unknown } | { ok: false; reason: string };

/** The checked record, or a sentence saying why the row cannot be trusted. */
function checkOpened(
  table: SealedTable,
  result: Opened,
  row: RawRow,
  expect: RowExpectations,
  index: number,
): { value: Record<string, unknown> } | string {
  if (!result.ok) return result.reason;
  const checked = checkRecord(table, result.value);
  if (!checked.ok) return checked.reason;
  const value = checked.value as Record<string, unknown>;
  if (expect.legacy && 'workspaceId' in row && row.workspaceId !== value.workspaceId)
    return 'Its clear workspaceId does not match the sealed record.';
  if (expect.workspaceId !== undefined && value.workspaceId !== expect.workspaceId)
    return 'It belongs to another workspace: its row was moved here.';
  if (expect.tags) {
    const want = expect.tags[index];
    if (want === null || want === undefined) return ROW_PROBLEM_REASONS.unlisted;
    if (want !== tagOf(row.env as Uint8Array)) return ROW_PROBLEM_REASONS.stale;
  }
  return { value };
}

async function openOne(
  key: CryptoKey,
  table: string,
  id: string,
  row: RawRow,
  legacy = false,
): Promise<Opened> {
  const sealed = row.env;
  if (!isSealed(sealed)) return { ok: false, reason: 'The record is not sealed.' };
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: ivOf(sealed) as Uint8Array<ArrayBuffer>,
        additionalData: (legacy ? recordAadV2 : recordAad)(table, id) as Uint8Array<ArrayBuffer>,
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

/** Opens one sealed value with WebCrypto and parses it; throws when it does not authenticate. */
export async function openSealedValue(
  key: CryptoKey,
  table: string,
  id: string,
  env: unknown,
  legacy = false,
): Promise<unknown> {
  const opened = await openOne(key, table, id, { env }, legacy);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.value;
}

/** The data key in WebCrypto, never exported again. */
export async function importDataKey(dek: Uint8Array): Promise<CryptoKey> {
  // Encrypt too: large writes are sealed in the loader workers (store/presealing.ts).
  return crypto.subtle.importKey('raw', dek as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}
