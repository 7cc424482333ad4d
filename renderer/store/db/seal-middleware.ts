import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { VAULT_SCOPE, isSealed, openRecord, sealRecord, tagOf } from '../../../shared/crypto';
import { requireKey, workspaceKey, type KeyRing } from '../key-ring';
import { checkRecord } from '../record-schemas';
import type { ManifestRegistry } from './manifest-registry';
import {
  HEADER_ID,
  ROOT_ID,
  SEALED_TABLES,
  WORKSPACE_KEY_FIELD,
  isSealedTable,
  refsOf,
  type SealedTable,
  type TableSpec,
} from './tables';

type Row = Record<string, unknown>;

/**
 * Lowest of all: hands the manifest code IndexedDB itself, beneath Dexie's own middleware (which
 * expects Dexie's zone, lost once the manifest code has awaited anything).
 */
export function rawCoreMiddleware(manifests: ManifestRegistry): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'linchpin-raw-core',
    level: -10,
    create: (down) => {
      manifests.core = down;
      return down;
    },
  };
}

/**
 * Seals records on the way into IndexedDB and opens them on the way out, so repositories only see
 * plain objects; and tells the transaction's manifest what it wrote or deleted. A row that fails
 * to open (tampered, swapped, or not matching its schema) is reported to the key ring and left
 * out of the results; the stored row is never touched here.
 */
export function sealMiddleware(ring: KeyRing, manifests: ManifestRegistry): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'linchpin-seal',
    create: (down) => {
      return {
        ...down,
        table: (name) => {
          const table = down.table(name);
          return isSealedTable(name) ? sealedTable(table, name, ring, manifests) : table;
        },
      };
    },
  };
}

function sealedTable(
  down: DBCoreTable,
  name: SealedTable,
  ring: KeyRing,
  manifests: ManifestRegistry,
): DBCoreTable {
  const spec: TableSpec = SEALED_TABLES[name];
  const { key, scope } = spec;
  const refs = refsOf(name);
  /** The key a record is stored under: its id, or a blind key of it (tables.ts, blindKey). */
  const storedKey = (id: unknown): unknown => {
    if (!spec.blindKey) return id;
    if (!ring.blind) throw new Error('The vault is locked. Unlock it to continue.');
    return ring.blind(`${name}-row`, String(id));
  };
  const storedKeys = (keys: unknown[]): unknown[] => (spec.blindKey ? keys.map(storedKey) : keys);
  const isHeader = (row: Row) => name === 'meta' && row.id === HEADER_ID;

  const seal = (value: Row, req: DBCoreMutateRequest): Row => {
    if (isHeader(value)) return value;
    if (scope === 'none' || (name === 'meta' && value.id === ROOT_ID))
      throw new Error(`The vault's manifest is written by the store alone, not as ${name}.`);
    const id = String(storedKey(value[key]));
    const pre = ring.presealed.get(value);
    if (pre) ring.presealed.delete(value);
    const env = pre?.table === name ? pre.env : sealRecord(requireKey(ring), name, id, value);
    const manifest = manifests.for(req.trans);
    if (scope === 'chain') {
      manifest.audited({ seq: value.seq as number, hash: value.hash as string });
      return { [key]: value[key], env };
    }
    if (scope === 'vault') {
      manifest.record(VAULT_SCOPE, name, id, tagOf(env));
      return { [key]: id, env };
    }
    if (typeof value.workspaceId !== 'string')
      throw new Error(`A ${name} record must belong to a workspace.`);
    const w = workspaceKey(ring, value.workspaceId);
    const pointers = refs.length ? refs.map((field) => String(value[field])) : undefined;
    manifest.record(w, name, id, tagOf(env), pointers);
    return { [key]: value[key], [WORKSPACE_KEY_FIELD]: w, env };
  };

  /** Deleting is recorded too, by the scope the stored row says it is in. */
  const forget = async (req: Extract<DBCoreMutateRequest, { type: 'delete' }>) => {
    if (scope === 'chain')
      throw new Error('The audit log is append-only: nothing is deleted from it.');
    if (scope === 'none') throw new Error(`The vault's manifest is written by the store alone.`);
    const manifest = manifests.for(req.trans);
    const stored = (await down.getMany({ trans: req.trans, keys: req.keys })) as (
      Row | undefined
    )[];
    stored.forEach((row, i) => {
      const id = String(req.keys[i]);
      if (name === 'meta' && (id === HEADER_ID || id === ROOT_ID))
        throw new Error('The vault header and manifest root are never deleted.');
      if (scope === 'vault') manifest.record(VAULT_SCOPE, name, id, null);
      else if (row && typeof row[WORKSPACE_KEY_FIELD] === 'string')
        manifest.record(row[WORKSPACE_KEY_FIELD], name, id, null);
    });
  };

  const open = (row: unknown): unknown => {
    if (row === undefined || row === null) return row;
    const stored = row as Row;
    if (isHeader(stored)) return stored;
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
    // The clear key must be the sealed workspace's: if not, the row was moved between workspaces.
    if (
      scope === 'workspace' &&
      stored[WORKSPACE_KEY_FIELD] !== workspaceKey(ring, String(value.workspaceId))
    )
      return fail('Its clear workspace key does not match the sealed record: it was moved.');
    return value;
  };

  return {
    ...down,
    mutate: async (req) => {
      if (req.type === 'add' || req.type === 'put')
        return down.mutate({ ...req, values: req.values.map((v) => seal(v as Row, req)) });
      if (req.type === 'delete') {
        const stored = { ...req, keys: storedKeys(req.keys) };
        await forget(stored);
        return down.mutate(stored);
      }
      // Emptying a whole table is for a rewrite of the whole vault alone, which rebuilds the manifest.
      if (manifests.for(req.trans).rebuilding) return down.mutate(req);
      throw new Error(`Rows of ${name} are deleted one by one, so the manifest can follow.`);
    },
    get: async (req) => open(await down.get({ ...req, key: storedKey(req.key) })),
    getMany: async (req) => (await down.getMany({ ...req, keys: storedKeys(req.keys) })).map(open),
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
