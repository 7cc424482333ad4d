import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../../renderer/store/commands';
import { PASS, editRaw, rawDb, seeded } from './helpers';

type Row = { id: string; w?: string; env: Uint8Array };

async function rawRow(dbName: string, table: string, id: string) {
  const raw = await rawDb(dbName);
  const row = (await raw.table(table).get(id)) as Row;
  raw.close();
  return row;
}

describe('quarantine', () => {
  it('quarantines a corrupted record, leaves it in place, and still loads the others', async () => {
    const { dbName, service, session, workspaceId, a, b, link } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', async (t) => {
      const row = (await t.get(a)) as Row;
      await t.put({ ...row, env: row.env.map((x, i) => (i === 12 + 5 ? x ^ 0x80 : x)) });
    });
    const damaged = await rawRow(dbName, 'entities', a);
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect([...ws.entities.keys()]).toEqual([b]);
    // The link to it is not loaded pointing at nothing: it is set aside too.
    expect(ws.links.size).toBe(0);
    const q = await again.quarantined();
    expect(q.map((r) => [r.table, r.id, r.workspaceId])).toEqual([
      ['entities', a, workspaceId],
      ['links', link, workspaceId],
    ]);
    expect(q[0]?.reason).toMatch(/integrity check/);
    expect(q[1]?.reason).toMatch(/points \(source\) at .*missing or set aside/);
    // Never repaired or dropped: the stored row is byte for byte what it was.
    expect(await rawRow(dbName, 'entities', a)).toEqual(damaged);
    // Reported once, however often it is read.
    await again.openWorkspace(workspaceId);
    expect(await again.quarantined()).toHaveLength(2);
    const alerts = (await again.audit.list({ action: 'integrity-alert' })).map((e) => e.targets);
    expect(alerts).toEqual([[`entities ${a}`, `links ${link}`]]);
  });

  it('quarantines two records whose ciphertexts were swapped', async () => {
    const { dbName, service, session, workspaceId, a, b } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', async (t) => {
      const [x, y] = (await t.toArray()) as [Row, Row];
      await t.bulkPut([
        { ...x, env: y.env },
        { ...y, env: x.env },
      ]);
    });
    const again = await service.unlock(PASS);
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(0);
    const q = await again.quarantined();
    expect(
      q
        .filter((r) => r.table === 'entities')
        .map((r) => r.id)
        .sort(),
    ).toEqual([a, b].sort());
  });

  it('quarantines a record whose clear workspace key was changed to move it', async () => {
    const { dbName, service, session, workspaceId, a } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', async (t) => {
      const row = (await t.get(a)) as Row;
      await t.put({ ...row, w: 'AAAAAAAAAAAAAAAAAAAAAA' });
    });
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.has(a)).toBe(false);
    // Its workspace's manifest still lists it, so it shows as missing there.
    const q = await again.quarantined();
    expect(q.find((r) => r.id === a)?.reason).toMatch(/missing/);
    // Reading it by id (here, to edit it) shows that its clear key is not its workspace's.
    await expect(again.history.execute(updateEntity(a, { notes: 'x' }))).rejects.toThrow(
      /not in this vault/,
    );
    // Kept once, with the first reason found.
    expect((await again.quarantined()).filter((r) => r.id === a)).toHaveLength(1);
  });

  it('quarantines a tampered audit event, and verification reports the gap', async () => {
    const { dbName, service, session } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'audit', async (t) => {
      const row = (await t.get(2)) as Row;
      await t.put({ ...row, env: row.env.map((x, i) => (i === 0 ? x ^ 1 : x)) });
    });
    const again = await service.unlock(PASS);
    const check = await again.audit.verify();
    expect(check.ok).toBe(false);
    expect(check.problem?.seq).toBe(2);
    expect((await again.quarantined()).map((r) => `${r.table} ${r.id}`)).toEqual(['audit 2']);
  });

  it('keeps the quarantine sealed: nothing about a finding is readable on disk', async () => {
    const { dbName, service, session, workspaceId, a } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', (t) => t.delete(a));
    const again = await service.unlock(PASS);
    await again.openWorkspace(workspaceId);
    expect(await again.quarantined()).not.toHaveLength(0);
    const raw = await rawDb(dbName);
    const rows = (await raw.table('quarantined').toArray()) as Record<string, unknown>[];
    raw.close();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['env', 'id']);
      expect(String(row.id)).not.toContain(a);
    }
  });
});
