import type { RawRow, SealedTable } from '../db';
import { openRows, type OpenedRows, type RowExpectations } from './open-rows';
import { sealRows, type SealJob, type SealedRows } from './seal-rows';

/** One slice of one table, as stored, to be opened and checked by a loader worker. */
export interface ChunkJob {
  table: SealedTable;
  rows: RawRow[];
  key: CryptoKey;
  expect?: RowExpectations;
}

/** A loader worker's two jobs: open a slice of stored rows, or seal a slice of records. */
export type WorkerJob = ({ kind?: 'open' } & ChunkJob) | SealJob;
export type WorkerResult = OpenedRows | SealedRows;

export function runJob(job: WorkerJob): Promise<WorkerResult> {
  return job.kind === 'seal' ? sealRows(job) : runChunk(job);
}

/** Opens one slice; the unit of work a loader worker (or the in-thread fallback) does. */
export async function runChunk(job: ChunkJob): Promise<OpenedRows> {
  const started = performance.now();
  const opened = await openRows(job.key, job.table, job.rows, job.expect);
  return { ...opened, openMs: performance.now() - started };
}

/**
 * Cuts rows into slices: two per worker, so the UI thread can parse one slice's records while
 * the workers are still opening the next.
 */
export function sliceRows<T>(rows: readonly T[], workers: number): T[][] {
  if (!rows.length) return [];
  const size = Math.max(1000, Math.ceil(rows.length / (Math.max(1, workers) * 2)));
  const slices: T[][] = [];
  for (let start = 0; start < rows.length; start += size)
    slices.push(rows.slice(start, start + size));
  return slices;
}
