import { WORKSPACE_TABLES, type RawRow, type VaultDatabase, type WorkspaceTable } from '../db';
import { PAGE_ROWS } from './chunk';

/** Sealed rows of one workspace, page by page, and its manifest segments, read before the key exists. */
export interface PrefetchedRows {
  pages: ReadonlyMap<WorkspaceTable, RawRow[][]>;
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
 * clear keys are read, a page at a time; nothing is opened until the key exists and the
 * workspace is asked for.
 */
export function prefetchWorkspace(db: VaultDatabase, workspaceKey: string): Prefetch {
  const read = async (table: WorkspaceTable) => {
    const pages: RawRow[][] = [];
    await db.rawPages(table, workspaceKey, PAGE_ROWS, (page) => pages.push(page));
    return [table, pages] as const;
  };
  const rows = (async () => {
    const pages = new Map<WorkspaceTable, RawRow[][]>();
    for (const table of WORKSPACE_TABLES) {
      const [name, list] = await read(table);
      pages.set(name, list);
    }
    return { pages, segments: await db.rawSegments(workspaceKey) };
  })();
  // A failed prefetch is not an error: the workspace is simply read again when opened.
  rows.catch(() => undefined);
  return { workspaceKey, rows };
}
