import type { Transaction } from 'dexie';
import type { AuditHeadRef, ManifestRoot } from '../../../shared/crypto';
import { workspaceKey, type KeyRing } from '../key-ring';
import type { ManifestRegistry } from './manifest-registry';
import type { AnyTable } from './vault-db';
import {
  SEALED_TABLES,
  WORKSPACE_KEY_FIELD,
  refsOf,
  type IndexName,
  type SealedTable,
  type TableSpec,
} from './tables';

/**
 * What repositories and commands may do inside one transaction. Dexie stays behind this facade;
 * records going in and out are plain objects (the middleware seals and opens them).
 */
export interface StoreTx {
  get<T>(table: SealedTable, key: string | number): Promise<T | undefined>;
  getMany<T>(table: SealedTable, keys: string[]): Promise<(T | undefined)[]>;
  where<T>(table: SealedTable, index: IndexName, value: string): Promise<T[]>;
  /** Primary keys only: nothing is decrypted. */
  keysWhere(table: SealedTable, index: IndexName, value: string): Promise<string[]>;
  all<T>(table: SealedTable): Promise<T[]>;
  put(table: SealedTable, rows: readonly object[]): Promise<void>;
  /** Fails (and so aborts the transaction) if the key already exists. */
  add(table: SealedTable, row: object): Promise<void>;
  remove(table: SealedTable, keys: readonly string[]): Promise<void>;
}

/** The store's own view of a transaction: StoreTx plus what only the vault code needs. */
export interface VaultTx extends StoreTx {
  /** The last audit event as this transaction sees it (its own, or the manifest root's). */
  auditHead(): Promise<AuditHeadRef>;
  /** The manifest root as stored when the transaction began reading it. */
  manifestRoot(): Promise<ManifestRoot>;
}

/**
 * Big puts and gets go down in slices, so the page gets a turn between them: each slice is one
 * task (IndexedDB clones or looks up its rows when asked), and awaiting it lets the page draw.
 */
const SLICE = 1000;
/** Key lists this long are checked by scanning keys, if the table holds at most SCAN_RATIO times as many rows. */
const SCAN_FROM = 2000;
const SCAN_RATIO = 8;
const KEY_PAGE = 20_000;

/**
 * Tables come from the transaction object itself, not from Dexie's zone: after a few layers of
 * native async/await the zone is lost and Dexie would quietly run the next call in a transaction
 * of its own, breaking all-or-nothing writes.
 */
export function storeTx(trans: Transaction, ring: KeyRing, manifests: ManifestRegistry): VaultTx {
  const t = (name: SealedTable) => trans.table(name) as AnyTable;
  const manifest = () => manifests.for(trans.idbtrans);

  /** Ids of rows pointing at `value` through a sealed reference, from the sealed manifest. */
  const idsByRef = async (table: SealedTable, index: IndexName, value: string) => {
    const spec = SEALED_TABLES[table] as TableSpec;
    const at = refsOf(table).indexOf(index);
    const target = spec.refs?.[index];
    if (at < 0 || !target) throw new Error(`${table} has no reference called ${index}.`);
    // The row pointed at says which workspace to look in, from its clear key alone.
    const core = manifests.rawCore().table(target);
    const pointed = (await core.get({ trans: trans.idbtrans, key: value })) as
      Record<string, unknown> | undefined;
    const w = pointed?.[WORKSPACE_KEY_FIELD];
    const scopes = typeof w === 'string' ? [w] : await manifest().scopes();
    const ids: string[] = [];
    for (const scope of scopes) ids.push(...(await manifest().idsByRef(scope, table, at, value)));
    return ids;
  };

  /** The keys among `keys` that are stored, when scanning the table's keys is the cheaper way. */
  const presentKeys = async (table: SealedTable, keys: string[]) => {
    if (keys.length < SCAN_FROM || (SEALED_TABLES[table] as TableSpec).blindKey) return undefined;
    if ((await t(table).count()) > keys.length * SCAN_RATIO) return undefined;
    const present = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = (await (
        after === undefined ? t(table).orderBy(':id') : t(table).where(':id').above(after)
      )
        .limit(KEY_PAGE)
        .primaryKeys()) as string[];
      for (const key of page) present.add(key);
      if (page.length < KEY_PAGE) return present;
      after = page[page.length - 1];
    }
  };

  const byWorkspace = (table: SealedTable, workspaceId: string) =>
    t(table).where(WORKSPACE_KEY_FIELD).equals(workspaceKey(ring, workspaceId));

  return {
    get: async <T>(table: SealedTable, key: string | number) =>
      (await t(table).get(key)) as T | undefined,
    getMany: async <T>(table: SealedTable, keys: string[]) => {
      // Many keys against a table not much bigger: read which keys exist (keys only, in pages)
      // and fetch just those, instead of one request per key. An import asks whether any of
      // 100,000 new ids is taken; the answer is almost always none.
      const present = await presentKeys(table, keys);
      const wanted = present ? keys.filter((k) => present.has(k)) : keys;
      const found = new Map<string, T>();
      for (let from = 0; from < wanted.length; from += SLICE) {
        const slice = wanted.slice(from, from + SLICE);
        const rows = (await t(table).bulkGet(slice)) as (T | undefined)[];
        rows.forEach((row, i) => row !== undefined && found.set(slice[i]!, row));
      }
      return keys.map((k) => found.get(k));
    },
    where: async <T>(table: SealedTable, index: IndexName, value: string) => {
      if (index === 'workspaceId') return (await byWorkspace(table, value).toArray()) as T[];
      const found = await t(table).bulkGet(await idsByRef(table, index, value));
      // A sealed reference is checked against the record itself, which has the last word.
      return found.filter(
        (row): row is Record<string, unknown> => row !== undefined && row[index] === value,
      ) as T[];
    },
    keysWhere: async (table, index, value) =>
      index === 'workspaceId'
        ? ((await byWorkspace(table, value).primaryKeys()) as string[])
        : idsByRef(table, index, value),
    all: async <T>(table: SealedTable) => (await t(table).toArray()) as T[],
    put: async (table, rows) => {
      for (let from = 0; from < rows.length; from += SLICE)
        await t(table).bulkPut(rows.slice(from, from + SLICE) as Record<string, unknown>[]);
    },
    add: async (table, row) => {
      await t(table).add(row as Record<string, unknown>);
    },
    remove: async (table, keys) => {
      if (keys.length) await t(table).bulkDelete([...keys]);
    },
    auditHead: () => manifest().currentAuditHead(),
    manifestRoot: () => manifest().loadRoot(),
  };
}
