import { WORKSPACE_TABLES, type RawRow, type VaultDatabase, type WorkspaceTable } from '../db';

/** Sealed rows of one workspace and its manifest segments, read before the key exists. */
export interface PrefetchedRows {
  rows: ReadonlyMap<WorkspaceTable, RawRow[]>;
  segments: RawRow[];
}

export interface Prefetch {
  /** The workspace's blind key: its id cannot be computed without the data key. */
  workspaceKey: string;
  rows: Promise<PrefetchedRows>;
}

/**
 * Starts reading a workspace's sealed rows while Argon2id runs in its worker: reading needs no
 * key, and on a 100k-record workspace it takes as long as the key derivation. Only ciphertext and
 * clear keys are read; nothing is opened until the key exists and the workspace is asked for.
 */
export function prefetchWorkspace(db: VaultDatabase, workspaceKey: string): Prefetch {
  const rows = Promise.all([
    Promise.all(
      WORKSPACE_TABLES.map(async (t) => [t, await db.rawByWorkspace(t, workspaceKey)] as const),
    ),
    db.rawSegments(workspaceKey),
  ]).then(([pairs, segments]) => ({ rows: new Map(pairs), segments }));
  // A failed prefetch is not an error: the workspace is simply read again when opened.
  rows.catch(() => undefined);
  return { workspaceKey, rows };
}
