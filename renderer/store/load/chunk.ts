import type { RawRow } from '../db';
import { SEALED_TABLES, type SealedTable } from '../db/tables';
import { openRows, type OpenedRows, type RowExpectations } from './open-rows';
import { unpackRows, type PackedRows } from './packed-rows';
import { sealRows, type SealJob, type SealedRows } from './seal-rows';

/** One page of one table, as stored, to be opened and checked by a loader worker. */
export interface ChunkJob {
  table: SealedTable;
  packed: PackedRows;
  key: CryptoKey;
  expect?: RowExpectations;
}

/** A loader worker's two jobs: open a page of stored rows, or seal a slice of records. */
export type WorkerJob = ({ kind?: 'open' } & ChunkJob) | SealJob;
export type WorkerResult = OpenedRows | SealedRows;

export function runJob(job: WorkerJob): Promise<WorkerResult> {
  return job.kind === 'seal' ? sealRows(job) : runChunk(job);
}

/** Opens one page; the unit of work a loader worker (or the in-thread fallback) does. */
export async function runChunk(job: ChunkJob): Promise<OpenedRows> {
  const started = performance.now();
  const rows = unpackRows(job.packed, SEALED_TABLES[job.table].key);
  const opened = await openRows(job.key, job.table, rows, job.expect);
  // The stored row is the caller's to attach (attachRaw): sending views back would copy the page.
  const failures = opened.failures.map((f) => ({ ...f, raw: undefined }));
  return { ...opened, failures, openMs: performance.now() - started };
}

/** Puts each failure's stored row (from the page the caller read) back on it, for quarantine. */
export function attachRaw<F extends { id: string; raw: unknown }>(
  failures: readonly F[],
  page: readonly RawRow[],
  keyField: string,
): F[] {
  if (!failures.length) return [];
  const byId = new Map(page.map((row) => [String(row[keyField]), row]));
  return failures.map((f) => ({ ...f, raw: byId.get(f.id) }));
}

/** Rows per page: a page is one short task to read, post, and parse on the page's thread. */
export const PAGE_ROWS = 2000;

/** Cuts rows already in memory into pages (a migration reads whole tables at once). */
export function sliceRows<T>(rows: readonly T[], size = PAGE_ROWS): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < rows.length; start += size)
    slices.push(rows.slice(start, start + size));
  return slices;
}
