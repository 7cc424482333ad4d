/**
 * Runs inside Chromium: creates a vault with the production Argon2id parameters, writes two
 * workspaces (10k and 100k entities), locks, then times unlock and openWorkspace on real IndexedDB.
 */
import { DEFAULT_KDF, deriveKek, randomBytes } from '../../../shared/crypto';
import { newId, type Entity } from '../../../shared/model';
import { createVaultService } from '../../../renderer/store';
import { createWorkspaceWithRecords } from '../../../renderer/store/commands';
import { openPhases } from './phases';
import { lastLoadTimings } from '../../../renderer/store/workspace-loader';

const PASS = 'bench passphrase that is long enough';
const SIZES = [10_000, 100_000];

function entities(n: number): Entity[] {
  const now = new Date().toISOString();
  const out: Entity[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      id: newId('ent'),
      workspaceId: 'ws_00000000000000000000',
      kind: 'nominal',
      label: `Person ${i} Surname${i % 997}`,
      notes: '',
      classification: 'OFFICIAL',
      provenance: [],
      attrs: {
        forenames: `Person ${i}`,
        surname: `Surname${i % 997}`,
        aliases: [`P${i}`],
        roles: ['associate'],
        dateOfBirth: '1999-04-0' + ((i % 9) + 1),
      },
      createdAt: now,
      updatedAt: now,
    });
  }
  return out;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, Math.round(performance.now() - start)];
}

async function run(): Promise<Record<string, unknown>> {
  const [, kdfMs] = await time(() => deriveKek(PASS, randomBytes(16), DEFAULT_KDF));
  const dbName = `linchpin-bench-${Date.now()}`;
  const service = createVaultService({ dbName });
  const [session, createMs] = await time(() => service.create(PASS, 'Bench'));
  const writes: Record<string, unknown> = {};
  const ids: Record<number, string> = {};
  for (const n of SIZES) {
    const records = { entities: entities(n), links: [], intel: [] };
    const cmd = createWorkspaceWithRecords({ name: `Bench ${n}` }, records, 'bench');
    const [, ms] = await time(() => session.history.execute(cmd));
    ids[n] = cmd.id;
    writes[`write_${n}_ms`] = ms;
    writes[`write_${n}_records_per_s`] = Math.round((n / ms) * 1000);
  }
  await session.lock('user');
  const [unlocked, unlockMs] = await time(() => service.unlock(PASS));
  const loads: Record<string, unknown> = {};
  for (const n of SIZES) {
    for (const k of Object.keys(lastLoadTimings)) lastLoadTimings[k as 'readMs'] = 0;
    const [ws, ms] = await time(() => unlocked.openWorkspace(ids[n] as string));
    loads[`open_${n}_ms`] = ms;
    loads[`open_${n}_summed_slice_ms`] = Object.fromEntries(
      Object.entries(lastLoadTimings).map(([k, v]) => [k, Math.round(v)]),
    );
    loads[`open_${n}_loaded`] = ws.entities.size;
  }
  const quarantined = (await unlocked.quarantined()).length;
  await unlocked.lock('user');
  // A second unlock: the first after a large write can include the database settling.
  const [again, unlockAgainMs] = await time(() => service.unlock(PASS));
  const [, reopenMs] = await time(() =>
    again.openWorkspace(ids[SIZES[SIZES.length - 1] as number] as string),
  );
  await again.lock('user');
  // As the app does: the workspace last opened is read while Argon2id runs in its worker.
  const largest = ids[SIZES[SIZES.length - 1] as number] as string;
  const [warm, unlockPrefetchMs] = await time(() => service.unlock(PASS, { prefetch: largest }));
  const [warmWs, openPrefetchedMs] = await time(() => warm.openWorkspace(largest));
  const prefetchedLoaded = warmWs.entities.size;
  await warm.lock('user');
  const phases = await openPhases(dbName, PASS, ids[SIZES[SIZES.length - 1] as number] as string);
  return {
    kdf: DEFAULT_KDF,
    kdf_only_ms: kdfMs,
    create_vault_ms: createMs,
    unlock_ms: unlockMs,
    unlock_again_ms: unlockAgainMs,
    reopen_largest_ms: reopenMs,
    ...writes,
    ...loads,
    unlock_plus_open_100000_ms: unlockMs + (loads.open_100000_ms as number),
    unlock_plus_open_100000_prefetched_ms: unlockPrefetchMs + openPrefetchedMs,
    prefetched_unlock_ms: unlockPrefetchMs,
    prefetched_open_ms: openPrefetchedMs,
    prefetched_loaded: prefetchedLoaded,
    quarantined,
    open_phases_largest: phases,
  };
}

const w = window as unknown as { __benchResult?: unknown; __benchError?: string };
run().then(
  (r) => (w.__benchResult = r),
  (e: unknown) =>
    (w.__benchError = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)),
);
