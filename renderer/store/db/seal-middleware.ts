import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { isSealed, openRecord, sealRecord } from '../../../shared/crypto';
import { requireKey, type KeyRing } from '../key-ring';
import { checkRecord } from '../record-schemas';
import { HEADER_ID, SEALED_TABLES, isSealedTable, type SealedTable } from './tables';

type Row = Record<string, unknown>;

/**
 * Seals records on the way into IndexedDB and opens them on the way out, so repositories only see
 * plain objects. A row that fails to open (tampered, swapped, or not matching its schema) is
 * reported to the key ring and left out of the results; the stored row is never touched here.
 */
export function sealMiddleware(ring: KeyRing): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'linchpin-seal',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return isSealedTable(name) ? sealedTable(table, name, ring) : table;
      },
    }),
  };
}

function sealedTable(down: DBCoreTable, name: SealedTable, ring: KeyRing): DBCoreTable {
  const { key, clear } = SEALED_TABLES[name];
  const passesClear = (row: Row) => name === 'meta' && row.id === HEADER_ID;

  const seal = (value: Row): Row => {
    if (passesClear(value)) return value;
    const id = String(value[key]);
    const pre = ring.presealed.get(value);
    if (pre) ring.presealed.delete(value);
    const env = pre?.table === name ? pre.env : sealRecord(requireKey(ring), name, id, value);
    const row: Row = { [key]: value[key], env };
    for (const field of clear) if (value[field] !== undefined) row[field] = value[field];
    return row;
  };

  const open = (row: unknown): unknown => {
    if (row === undefined || row === null) return row;
    const stored = row as Row;
    if (passesClear(stored)) return stored;
    const id = String(stored[key]);
    const fail = (reason: string) => {
      ring.failures.push({ table: name, id, reason, raw: stored });
      return undefined;
    };
    if (!isSealed(stored.env)) return fail('The record is not sealed.');
    let plain: unknown;
    try {
      plain = openRecord(requireKey(ring), name, id, stored.env);
    } catch (e) {
      if (!ring.dek) throw e;
      return fail(e instanceof Error ? e.message : String(e));
    }
    const checked = checkRecord(name, plain);
    if (!checked.ok) return fail(checked.reason);
    const value = checked.value as Row;
    // The clear copies drive the indexes; if they disagree with the sealed truth the row was moved.
    for (const field of clear) {
      if (stored[field] !== value[field])
        return fail(`Its clear ${field} does not match the sealed record.`);
    }
    return value;
  };

  return {
    ...down,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? down.mutate({ ...req, values: req.values.map((v) => seal(v as Row)) })
        : down.mutate(req),
    get: async (req) => open(await down.get(req)),
    getMany: async (req) => (await down.getMany(req)).map(open),
    query: async (req) => {
      const res = await down.query(req);
      if (!req.values) return res;
      return { ...res, result: res.result.map(open).filter((v) => v !== undefined) };
    },
    openCursor: async (req) => {
      const cursor = await down.openCursor(req);
      return cursor && req.values ? openingCursor(cursor, open) : cursor;
    },
  };
}

/**
 * Cursors hand out one value at a time; a value that fails to open reads as undefined (and is
 * reported), so callers iterating with a cursor must skip undefined values.
 */
function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => unknown): DBCoreCursor {
  // Every member forwards to the real cursor: native IDBCursor methods need it as `this`.
  // The opened value is kept per position, so reading it twice decrypts (and reports) once.
  let at: unknown = undefined;
  let opened: unknown = undefined;
  let seen = false;
  const wrapped: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key as unknown;
    },
    get primaryKey() {
      return cursor.primaryKey as unknown;
    },
    get value() {
      if (!seen || at !== cursor.primaryKey) {
        at = cursor.primaryKey;
        opened = open(cursor.value);
        seen = true;
      }
      return opened;
    },
    get done() {
      return cursor.done;
    },
    continue: (key?: unknown) => cursor.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) =>
      cursor.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => cursor.advance(count),
    start: (onNext: () => void) => cursor.start(onNext),
    stop: (value?: unknown) => cursor.stop(value),
    next: () => cursor.next().then((c) => (c === cursor ? wrapped : c)),
    fail: (error: Error) => cursor.fail(error),
  };
  return wrapped;
}
