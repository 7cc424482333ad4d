import { SEALED_TABLES, type TableSpec } from './db/tables';
import { MANY_RECORDS, type Plan } from './commands/types';
import type { KeyRing } from './key-ring';
import type { LoaderPool } from './load/loader-pool';
import { nextTask } from './load/next-task';

const SLICE = 2000;

/**
 * Seals the records a large plan will write, in the loader workers with WebCrypto, before its
 * transaction opens. The middleware must seal synchronously inside the transaction (awaiting
 * anything but IndexedDB would commit it early), and at about 6,500 records a second a 100k-row
 * import would freeze the window for fifteen seconds. The envelopes are keyed by the record
 * objects themselves, so a record that changes between here and the write is simply sealed again.
 */
export async function presealPlan(plan: Plan, ring: KeyRing, pool: LoaderPool): Promise<void> {
  const byTable = new Map<string, object[]>();
  let count = 0;
  for (const w of plan.writes) {
    if (!('put' in w) || ring.presealed.has(w.put)) continue;
    const list = byTable.get(w.table) ?? [];
    list.push(w.put);
    byTable.set(w.table, list);
    count += 1;
  }
  if (count >= MANY_RECORDS) await presealRecords(byTable, ring, pool);
}

/** Seals records table by table in the workers, under the ring's key, for a write to come. */
export async function presealRecords(
  byTable: ReadonlyMap<string, readonly object[]>,
  ring: KeyRing,
  pool: LoaderPool,
): Promise<void> {
  const key = ring.cryptoKey;
  if (!key) return;
  const jobs: Promise<void>[] = [];
  for (const [table, records] of byTable) {
    const spec: TableSpec = SEALED_TABLES[table as keyof typeof SEALED_TABLES];
    // Rows stored under a blind key are bound to that key, which only this thread can compute.
    if (spec.blindKey) continue;
    const keyField = spec.key;
    for (let from = 0; from < records.length; from += SLICE) {
      const slice = records.slice(from, from + SLICE);
      // One slice's JSON at a time, with a yield between, so the page keeps drawing.
      const json = JSON.stringify(slice);
      jobs.push(
        pool.seal({ kind: 'seal', table, keyField, json, key }).then(({ envs }) => {
          slice.forEach((record, i) => ring.presealed.set(record, { table, env: envs[i]! }));
        }),
      );
      await nextTask();
    }
  }
  await Promise.all(jobs);
}
