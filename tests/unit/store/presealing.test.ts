import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newDataKey, openRecord } from '../../../shared/crypto';
import { createWorkspaceWithRecords } from '../../../renderer/store/commands';
import { emptyKeyRing } from '../../../renderer/store/key-ring';
import { inThreadPool } from '../../../renderer/store/load/loader-pool';
import { importDataKey } from '../../../renderer/store/load/open-rows';
import { MANY_RECORDS } from '../../../renderer/store/commands/types';
import { presealPlan } from '../../../renderer/store/presealing';
import { person, sampleId } from '../../../renderer/dev/factories';
import { PASS, dump, freshService } from './helpers';

const WS = 'ws_00000000000000000001';
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    ...person(sampleId('ent', i + 1), `Invented Person ${i + 1}`),
    workspaceId: WS,
  }));

describe('sealing large writes ahead, in the loader workers', () => {
  it('makes envelopes the middleware’s own cipher opens, bound to table and id', async () => {
    const ring = emptyKeyRing();
    ring.dek = newDataKey();
    ring.cryptoKey = await importDataKey(ring.dek);
    const records = people(MANY_RECORDS + 10);
    const plan = { writes: records.map((put) => ({ table: 'entities' as const, put })), audit: [] };
    await presealPlan(plan, ring, inThreadPool());
    for (const r of records) {
      const pre = ring.presealed.get(r);
      expect(pre?.table).toBe('entities');
      expect(openRecord(ring.dek, 'entities', r.id, pre!.env)).toEqual(r);
      // Moved to another id or table, the envelope no longer opens.
      expect(() => openRecord(ring.dek!, 'links', r.id, pre!.env)).toThrow();
    }
    const ivs = new Set(
      records.map((r) => Buffer.from(ring.presealed.get(r)!.env.subarray(0, 12)).toString('hex')),
    );
    expect(ivs.size).toBe(records.length);
  });

  it('leaves small plans to the middleware', async () => {
    const ring = emptyKeyRing();
    ring.dek = newDataKey();
    ring.cryptoKey = await importDataKey(ring.dek);
    const records = people(3);
    await presealPlan(
      { writes: records.map((put) => ({ table: 'entities' as const, put })), audit: [] },
      ring,
      inThreadPool(),
    );
    expect(records.some((r) => ring.presealed.has(r))).toBe(false);
  });

  it('writes a large workspace that reads back whole after a lock, with no name in clear', async () => {
    const { dbName, service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const entities = people(1200).map((e) => ({ ...e, workspaceId: undefined as never }));
    const create = createWorkspaceWithRecords(
      { name: 'Operation Large' },
      { entities, links: [], intel: [] },
      'test',
    );
    await session.history.execute(create);
    expect(await dump(dbName)).not.toContain('Invented Person 1200');
    await session.lock('user');
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(create.id);
    expect(ws.entities.size).toBe(1200);
    expect(ws.entities.get(sampleId('ent', 1200))?.label).toBe('Invented Person 1200');
    expect(await again.quarantined()).toHaveLength(0);
  });
});
