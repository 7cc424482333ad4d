import { WORKSPACE_TABLES, type RawRow, type VaultDatabase, type WorkspaceTable } from '../db';

/** Sealed rows of one workspace, read before the key exists. */
export interface Prefetch {
  workspaceId: string;
  rows: Promise<ReadonlyMap<WorkspaceTable, RawRow[]>>;
}

/**
 * Starts reading a workspace's sealed rows while Argon2id runs in its worker: reading needs no
 * key, and on a 100k-record workspace it takes as long as the key derivation. Only ciphertext and
 * clear ids are read; nothing is opened until the key exists and the workspace is asked for.
 */
export function prefetchWorkspace(db: VaultDatabase, workspaceId: string): Prefetch {
  const rows = Promise.all(
    WORKSPACE_TABLES.map(async (t) => [t, await db.rawByWorkspace(t, workspaceId)] as const),
  ).then((pairs) => new Map(pairs));
  // A failed prefetch is not an error: the workspace is simply read again when opened.
  rows.catch(() => undefined);
  return { workspaceId, rows };
}
