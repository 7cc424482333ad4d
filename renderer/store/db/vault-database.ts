import type Dexie from 'dexie';
import { tagOf, type ManifestRoot } from '../../../shared/crypto';
import type { KeyRing } from '../key-ring';
import { ManifestRegistry } from './manifest-registry';
import { storeTx, type VaultTx } from './store-tx';
import {
  HEADER_ID,
  ROOT_ID,
  WORKSPACE_KEY_FIELD,
  WORKSPACE_RANGE_INDEX,
  type SealedTable,
} from './tables';
import { openDexie, type AnyTable } from './vault-db';

/** A stored row as it sits on disk: its key, the workspace blind key where it has one, the sealed bytes. */
export type RawRow = Record<string, unknown>;

export interface VaultDatabaseOptions {
  /** Called after every committed write with the manifest root it wrote (the rollback anchor). */
  onCommit?: (root: ManifestRoot) => void;
}

/** The store's only door to IndexedDB. */
export interface VaultDatabase {
  /** The IndexedDB database name, for readers that bypass Dexie (the loader workers). */
  readonly name: string;
  read<T>(fn: (tx: VaultTx) => Promise<T>): Promise<T>;
  /**
   * One read-write transaction over every table: all of it happens, or none of it. It ends by
   * rewriting the manifest segments it touched and the manifest root, in the same transaction.
   */
  write<T>(fn: (tx: VaultTx) => Promise<T>): Promise<T>;
  /**
   * Empties every table and writes the vault again from scratch (migration, key rotation), with
   * a new manifest starting from `root`: one transaction, so a failure leaves the vault as it was.
   * With `expectRootTag`, the stored root must still be the one read (nothing written since the
   * contents were read); it is compared as stored, so it works across a change of key.
   */
  rewrite(
    root: ManifestRoot,
    fn: (tx: VaultTx) => Promise<void>,
    expectRootTag?: string,
  ): Promise<void>;
  /**
   * Rows of a workspace table whose blind key is none of `keys`: records of no known workspace,
   * which a rewrite must carry into quarantine rather than drop.
   */
  rawOutside(table: SealedTable, keys: string[]): Promise<RawRow[]>;
  readHeader(): Promise<RawRow | undefined>;
  rawRoot(): Promise<RawRow | undefined>;
  /** Sealed rows of one workspace (by its blind key), unopened, for bulk decryption outside a transaction. */
  rawByWorkspace(table: SealedTable, workspaceKey: string): Promise<RawRow[]>;
  /**
   * The same rows a page at a time, in id order, in ONE read transaction: each page is one short
   * read on the page's thread, handed to `onPage` (which must not wait: it posts the page to a
   * worker) before the next is asked for.
   */
  rawPages(
    table: SealedTable,
    workspaceKey: string,
    size: number,
    onPage: (page: RawRow[]) => void,
  ): Promise<void>;
  /** The manifest segments of one scope, unopened. */
  rawSegments(scope: string): Promise<RawRow[]>;
  /** Every stored row of a table, unopened (vault checks and migrations). */
  rawTable(table: string): Promise<RawRow[]>;
  /** The primary keys of a table, in key order. */
  rawKeys(table: string): Promise<unknown[]>;
  close(): void;
}

export function openVaultDatabase(
  name: string,
  ring: KeyRing,
  options: VaultDatabaseOptions = {},
): VaultDatabase {
  const manifests = new ManifestRegistry(ring);
  const sealed = openDexie(name, ring, manifests);
  const raw = openDexie(name);
  const rawTable = (t: string) => raw.table(t) as AnyTable;
  const run = <T>(db: Dexie, mode: 'r' | 'rw', fn: (tx: VaultTx) => Promise<T>) =>
    db.transaction(mode, db.tables, (trans) => fn(storeTx(trans, ring, manifests)));

  const write = async <T>(
    fn: (tx: VaultTx) => Promise<T>,
    root?: ManifestRoot,
    expectRootTag?: string,
  ) => {
    let committed: ManifestRoot | undefined;
    const result = await sealed.transaction('rw', sealed.tables, async (trans) => {
      const manifest = manifests.for(trans.idbtrans);
      if (root) {
        // What was read to build this rewrite must still be what is stored.
        const stored = (await manifests
          .rawCore()
          .table('meta')
          .get({ trans: trans.idbtrans, key: ROOT_ID })) as RawRow | undefined;
        const tag = stored?.env instanceof Uint8Array ? tagOf(stored.env) : undefined;
        if (expectRootTag !== undefined && tag !== expectRootTag)
          throw new Error(
            'The vault changed while it was being rewritten, so nothing was changed. Try again.',
          );
        manifest.rebuild(root);
        for (const table of sealed.tables) await table.clear();
      }
      const out = await fn(storeTx(trans, ring, manifests));
      await manifest.commit();
      committed = manifest.committed;
      return out;
    });
    if (committed) options.onCommit?.(committed);
    return result;
  };

  return {
    name,
    read: (fn) => run(sealed, 'r', fn),
    write: (fn) => write(fn),
    rewrite: (root, fn, expectRootTag) => write(fn, root, expectRootTag),
    readHeader: async () => (await rawTable('meta').get(HEADER_ID)) as RawRow | undefined,
    rawRoot: async () => (await rawTable('meta').get(ROOT_ID)) as RawRow | undefined,
    rawByWorkspace: async (table, workspaceKey) =>
      (await rawTable(table).where(WORKSPACE_KEY_FIELD).equals(workspaceKey).toArray()) as RawRow[],
    rawPages: async (table, workspaceKey, size, onPage) => {
      await raw.open();
      const tx = raw.backendDB().transaction(table, 'readonly');
      const index = tx.objectStore(table).index(WORKSPACE_RANGE_INDEX);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('Reading the workspace was stopped.'));
        const next = (after?: string) => {
          const range =
            after === undefined
              ? IDBKeyRange.bound([workspaceKey, ''], [workspaceKey, '\uffff'])
              : IDBKeyRange.bound([workspaceKey, after], [workspaceKey, '\uffff'], true);
          const request = index.getAll(range, size);
          request.onsuccess = () => {
            const page = request.result as RawRow[];
            try {
              if (page.length) onPage(page);
            } catch (e) {
              tx.abort();
              reject(e);
              return;
            }
            if (page.length === size) next(String(page[page.length - 1]!.id));
          };
        };
        next();
      });
    },
    rawSegments: async (scope) =>
      (await rawTable('manifests')
        .where('id')
        .between(`${scope}:`, `${scope}:\uffff`)
        .toArray()) as RawRow[],
    rawTable: async (table) => (await rawTable(table).toArray()) as RawRow[],
    rawKeys: async (table) => rawTable(table).toCollection().primaryKeys(),
    rawOutside: async (table, keys) =>
      (await rawTable(table).where(WORKSPACE_KEY_FIELD).noneOf(keys).toArray()) as RawRow[],
    close: () => {
      sealed.close();
      raw.close();
    },
  };
}
