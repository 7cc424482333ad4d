import type Dexie from 'dexie';
import type { KeyRing } from '../key-ring';
import { storeTx, type StoreTx } from './store-tx';
import { HEADER_ID, type WorkspaceTable } from './tables';
import { openDexie, type AnyTable } from './vault-db';

/** A stored row as it sits on disk: clear ids plus the sealed envelope. */
export type RawRow = Record<string, unknown>;

export interface QuarantineRow {
  table: string;
  id: string;
  reason: string;
  detectedAt: string;
  /** The stored row, copied byte for byte; the original stays where it was. */
  raw: RawRow;
}

/** The store's only door to IndexedDB. */
export interface VaultDatabase {
  /** The IndexedDB database name, for readers that bypass Dexie (the loader workers). */
  readonly name: string;
  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** One read-write transaction over every table: all of it happens, or none of it. */
  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  readHeader(): Promise<RawRow | undefined>;
  /** Sealed rows of one workspace, unopened, for fast bulk decryption outside a transaction. */
  rawByWorkspace(table: WorkspaceTable, workspaceId: string): Promise<RawRow[]>;
  addToQuarantine(rows: readonly QuarantineRow[]): Promise<void>;
  listQuarantine(): Promise<QuarantineRow[]>;
  close(): void;
}

export function openVaultDatabase(name: string, ring: KeyRing): VaultDatabase {
  const sealed = openDexie(name, ring);
  const raw = openDexie(name);
  const rawTable = (t: string) => raw.table(t) as AnyTable;
  const run = <T>(db: Dexie, mode: 'r' | 'rw', fn: (tx: StoreTx) => Promise<T>) =>
    db.transaction(mode, db.tables, (trans) => fn(storeTx(trans)));
  return {
    name,
    read: (fn) => run(sealed, 'r', fn),
    write: (fn) => run(sealed, 'rw', fn),
    readHeader: async () => (await rawTable('meta').get(HEADER_ID)) as RawRow | undefined,
    rawByWorkspace: async (table, workspaceId) =>
      (await rawTable(table).where('workspaceId').equals(workspaceId).toArray()) as RawRow[],
    addToQuarantine: async (rows) => {
      // Keep the first report of each record: its time is when the damage was first seen.
      await raw.transaction('rw', 'quarantine', async () => {
        const q = rawTable('quarantine');
        for (const row of rows) {
          if (!(await q.get([row.table, row.id])))
            await q.add(row as unknown as Record<string, unknown>);
        }
      });
    },
    listQuarantine: async () =>
      (await rawTable('quarantine').toArray()) as unknown as QuarantineRow[],
    close: () => {
      sealed.close();
      raw.close();
    },
  };
}
