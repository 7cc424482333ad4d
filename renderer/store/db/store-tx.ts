import type { Transaction } from 'dexie';
import type { AnyTable } from './vault-db';
import type { IndexName, SealedTable } from './tables';

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

/**
 * Tables come from the transaction object itself, not from Dexie's zone: after a few layers of
 * native async/await the zone is lost and Dexie would quietly run the next call in a transaction
 * of its own, breaking all-or-nothing writes.
 */
export function storeTx(trans: Transaction): StoreTx {
  const t = (name: SealedTable) => trans.table(name) as AnyTable;
  return {
    get: async <T>(table: SealedTable, key: string | number) =>
      (await t(table).get(key)) as T | undefined,
    getMany: async <T>(table: SealedTable, keys: string[]) =>
      (await t(table).bulkGet(keys)) as (T | undefined)[],
    where: async <T>(table: SealedTable, index: IndexName, value: string) =>
      (await t(table).where(index).equals(value).toArray()) as T[],
    keysWhere: async (table, index, value) =>
      (await t(table).where(index).equals(value).primaryKeys()) as string[],
    all: async <T>(table: SealedTable) => (await t(table).toArray()) as T[],
    put: async (table, rows) => {
      if (rows.length) await t(table).bulkPut(rows as Record<string, unknown>[]);
    },
    add: async (table, row) => {
      await t(table).add(row as Record<string, unknown>);
    },
    remove: async (table, keys) => {
      if (keys.length) await t(table).bulkDelete([...keys]);
    },
  };
}
