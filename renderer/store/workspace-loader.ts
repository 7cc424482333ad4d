import { ROW_PROBLEM_REASONS, expectedTags, type ManifestSegment } from '../../shared/crypto';
import type { Workspace } from '../../shared/model';
import type { WorkspaceMaps } from './api';
import {
  SEALED_TABLES,
  WORKSPACE_TABLES,
  refsOf,
  type RawRow,
  type VaultDatabase,
  type WorkspaceTable,
} from './db';
import { NotFoundError } from './errors';
import { workspaceKey, type KeyRing, type OpenFailure } from './key-ring';
import { WorkspaceMemory } from './loaded-workspace';
import { PAGE_ROWS, attachRaw } from './load/chunk';
import { nextTask } from './load/next-task';
import { packRows } from './load/packed-rows';
import type { LoaderPool } from './load/loader-pool';
import type { PrefetchedRows } from './load/prefetch';
import { openRoot, openScopeManifest } from './load/scope-manifest';

export interface LoaderDeps {
  db: VaultDatabase;
  ring: KeyRing;
  pool: LoaderPool;
  /** Sealed rows read during unlock for this workspace, used instead of reading them again. */
  prefetched?: PrefetchedRows;
}

/** Where the last load's time went (opening summed over slices), for the vault bench. */
export const lastLoadTimings = { readMs: 0, workerOpenMs: 0, parseMs: 0 };

/**
 * Decrypts one workspace into memory and checks it against its sealed manifest: every row must
 * be the copy last written (by its tag), none may be missing or added, and every reference must
 * land on a record that loaded. Each table's sealed rows come out of IndexedDB in one index read
 * on this thread (reading in the workers was measured three times slower), are cut into slices,
 * and the loader pool opens and checks each slice; this thread parses the checked JSON into the
 * maps. Whatever fails goes to the key ring (and so to quarantine and the notice); it is never
 * loaded, repaired or dropped from the store.
 */
export async function loadWorkspace(deps: LoaderDeps, id: string): Promise<WorkspaceMemory> {
  const { db, ring, prefetched } = deps;
  const key = ring.cryptoKey;
  if (!ring.dek || !key) throw new Error('The vault is locked. Unlock it to continue.');
  const workspace = await db.read((tx) => tx.get<Workspace>('workspaces', id));
  if (!workspace) throw new NotFoundError('Workspace', id);
  const w = workspaceKey(ring, id);
  const failures: OpenFailure[] = [];
  const root = await openRoot(key, await db.rawRoot(), failures);
  const manifest = await openScopeManifest(
    deps.pool,
    key,
    root,
    w,
    prefetched?.segments ?? (await db.rawSegments(w)),
  );
  failures.push(...manifest.failures);
  const maps = await Promise.all(
    WORKSPACE_TABLES.map(
      async (table) =>
        [table, await loadTable(deps, key, table, id, manifest.segments, failures)] as const,
    ),
  );
  const loaded = Object.fromEntries(maps) as unknown as {
    [T in WorkspaceTable]: Map<string, unknown>;
  };
  failures.push(...danglingReferences(loaded));
  ring.failures.push(...failures.map((f) => ({ ...f, workspaceId: id })));
  return new WorkspaceMemory(workspace, loaded as unknown as WorkspaceMaps);
}

async function loadTable<T extends { id: string }>(
  { db, pool, ring, prefetched }: LoaderDeps,
  key: CryptoKey,
  table: WorkspaceTable,
  workspaceId: string,
  segments: readonly ManifestSegment[],
  failures: OpenFailure[],
): Promise<Map<string, T>> {
  const expected = new Map<string, string>();
  for (let from = 0; from < segments.length; from += SEGMENTS_PER_TURN) {
    for (const [rowId, tag] of expectedTags(segments.slice(from, from + SEGMENTS_PER_TURN), table))
      expected.set(rowId, tag);
    if (expected.size > YIELD_EVERY) await nextTask();
  }
  const keyField = SEALED_TABLES[table].key;
  const stored = new Set<string>();
  const parsed: T[][] = [];
  const pages: Promise<void>[] = [];
  // Each page goes to a worker as soon as it is read, and is parsed here when it comes back,
  // while the next pages are read: reading, opening and parsing overlap, in short tasks.
  const send = (page: RawRow[]) => {
    const tags = page.map((row) => {
      const rowId = String(row[keyField]);
      stored.add(rowId);
      return expected.get(rowId) ?? null;
    });
    const packed = packRows(page, keyField);
    const at = pages.length;
    pages.push(
      pool.run({ table, packed, key, expect: { workspaceId, tags } }).then((opened) => {
        failures.push(...attachRaw(opened.failures, page, keyField));
        lastLoadTimings.workerOpenMs += opened.openMs ?? 0;
        const t = performance.now();
        parsed[at] = JSON.parse(opened.json) as T[];
        lastLoadTimings.parseMs += performance.now() - t;
      }),
    );
  };
  const t = performance.now();
  const early = prefetched?.pages.get(table);
  if (early)
    for (const page of early) {
      send(page);
      await nextTask();
    }
  else await db.rawPages(table, workspaceKey(ring, workspaceId), PAGE_ROWS, send);
  lastLoadTimings.readMs += performance.now() - t;
  await Promise.all(pages);
  let n = 0;
  for (const rowId of expected.keys()) {
    if (!stored.has(rowId))
      failures.push({ table, id: rowId, reason: ROW_PROBLEM_REASONS.missing, raw: undefined });
    if (++n % YIELD_EVERY === 0) await nextTask();
  }
  // Pages are read in id order: filled page by page, the map iterates in id order whatever order
  // the workers finished in.
  const out = new Map<string, T>();
  for (const records of parsed) {
    for (const record of records) out.set(record.id, record);
    if (out.size % YIELD_EVERY < records.length) await nextTask();
  }
  return out;
}

/** Long loops on the page's thread give it a turn this often. */
const YIELD_EVERY = 20_000;
/** Manifest segments read into the expected tags between turns (about 25k rows in a 100k workspace). */
const SEGMENTS_PER_TURN = 16;

/**
 * References are sealed, so they are checked here, after decryption: a record pointing at one
 * that is missing or set aside is set aside too, rather than loaded pointing at nothing.
 */
function danglingReferences(maps: {
  [T in WorkspaceTable]: Map<string, unknown>;
}): OpenFailure[] {
  const out: OpenFailure[] = [];
  for (const table of WORKSPACE_TABLES) {
    const refs = (SEALED_TABLES[table] as { refs?: Record<string, string> }).refs;
    if (!refs) continue;
    for (const [rowId, record] of maps[table]) {
      for (const field of refsOf(table)) {
        const to = (record as Record<string, string>)[field]!;
        const target = maps[refs[field] as WorkspaceTable];
        if (target.has(to)) continue;
        out.push({
          table,
          id: rowId,
          reason: `It points (${field}) at ${to}, which is missing or set aside, so it was set aside too.`,
          raw: undefined,
        });
        maps[table].delete(rowId);
        break;
      }
    }
  }
  return out;
}
