import type { Workspace } from '../../shared/model';
import type { WorkspaceMaps } from './api';
import { WORKSPACE_TABLES, type RawRow, type VaultDatabase, type WorkspaceTable } from './db';
import { NotFoundError } from './errors';
import type { KeyRing } from './key-ring';
import { WorkspaceMemory } from './loaded-workspace';
import { sliceRows } from './load/chunk';
import type { LoaderPool } from './load/loader-pool';

export interface LoaderDeps {
  db: VaultDatabase;
  ring: KeyRing;
  pool: LoaderPool;
  /** Sealed rows read during unlock for this workspace, used instead of reading them again. */
  prefetched?: ReadonlyMap<WorkspaceTable, RawRow[]>;
}

/** Where the last load's time went (opening summed over slices), for the vault bench. */
export const lastLoadTimings = { readMs: 0, workerOpenMs: 0, parseMs: 0 };

/**
 * Decrypts one workspace into memory. Each table's sealed rows come out of IndexedDB in one
 * index read on this thread (reading in the workers was measured three times slower), are cut
 * into slices, and the loader pool opens and checks each slice; this thread only parses the
 * checked JSON into the maps. Failures go to the key ring.
 */
export async function loadWorkspace(deps: LoaderDeps, id: string): Promise<WorkspaceMemory> {
  const { db, ring } = deps;
  const key = ring.cryptoKey;
  if (!ring.dek || !key) throw new Error('The vault is locked. Unlock it to continue.');
  const workspace = await db.read((tx) => tx.get<Workspace>('workspaces', id));
  if (!workspace) throw new NotFoundError('Workspace', id);
  const maps = await Promise.all(
    WORKSPACE_TABLES.map(async (table) => [table, await loadTable(deps, key, table, id)] as const),
  );
  return new WorkspaceMemory(workspace, Object.fromEntries(maps) as unknown as WorkspaceMaps);
}

async function loadTable<T extends { id: string }>(
  { db, pool, ring, prefetched }: LoaderDeps,
  key: CryptoKey,
  table: WorkspaceTable,
  workspaceId: string,
): Promise<Map<string, T>> {
  let t = performance.now();
  const rows = prefetched?.get(table) ?? (await db.rawByWorkspace(table, workspaceId));
  lastLoadTimings.readMs += performance.now() - t;
  const slices = await Promise.all(
    sliceRows(rows, pool.workers).map(async (slice) => {
      const opened = await pool.run({ table, rows: slice, key });
      ring.failures.push(...opened.failures);
      lastLoadTimings.workerOpenMs += opened.openMs ?? 0;
      t = performance.now();
      const records = JSON.parse(opened.json) as T[];
      lastLoadTimings.parseMs += performance.now() - t;
      return records;
    }),
  );
  // Filled in id order whatever order the slices finished in, so the maps iterate predictably.
  const out = new Map<string, T>();
  for (const records of slices) for (const record of records) out.set(record.id, record);
  return out;
}
