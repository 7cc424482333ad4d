import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../../renderer/store/commands';
import { PASS, rawDb, seeded } from './helpers';

type Row = { id: string; workspaceId?: string; env: Uint8Array };

async function editRaw(dbName: string, table: string, edit: (rows: Row[]) => Row[]) {
  const raw = await rawDb(dbName);
  const rows = (await raw.table(table).toArray()) as Row[];
  await raw.table(table).bulkPut(edit(rows));
  raw.close();
}

async function rawRow(dbName: string, table: string, id: string) {
  const raw = await rawDb(dbName);
  const row = (await raw.table(table).get(id)) as Row;
  raw.close();
  return row;
}

describe('quarantine', () => {
  it('quarantines a corrupted record, leaves it in place, and still loads the others', async () => {
    const { dbName, service, session, workspaceId, a, b } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', (rows) =>
      rows
        .filter((r) => r.id === a)
        .map((r) => ({
          ...r,
          env: r.env.map((x, i) => (i === 12 + 5 ? x ^ 0x80 : x)),
        })),
    );
    const damaged = await rawRow(dbName, 'entities', a);
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect([...ws.entities.keys()]).toEqual([b]);
    const q = await again.quarantined();
    expect(q).toEqual([
      {
        table: 'entities',
        id: a,
        reason: expect.stringMatching(/integrity check/),
        detectedAt: expect.any(String),
      },
    ]);
    // Never repaired or dropped: the stored row is byte for byte what it was.
    expect(await rawRow(dbName, 'entities', a)).toEqual(damaged);
    // Reported once, however often it is read.
    await again.openWorkspace(workspaceId);
    expect(await again.quarantined()).toHaveLength(1);
  });

  it('quarantines two records whose ciphertexts were swapped', async () => {
    const { dbName, service, session, workspaceId, a, b } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', (rows) => {
      const [x, y] = rows as [Row, Row];
      return [
        { ...x, env: y.env },
        { ...y, env: x.env },
      ];
    });
    const again = await service.unlock(PASS);
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(0);
    expect((await again.quarantined()).map((r) => r.id).sort()).toEqual([a, b].sort());
  });

  it('quarantines a record whose clear workspace id was changed to move it', async () => {
    const { dbName, service, session, workspaceId, a } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', (rows) =>
      rows.filter((r) => r.id === a).map((r) => ({ ...r, workspaceId: 'ws_00000000000000000000' })),
    );
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.has(a)).toBe(false);
    // Not in its old workspace any more; reading it by id (here, to edit it) shows the mismatch.
    await expect(again.history.execute(updateEntity(a, { notes: 'x' }))).rejects.toThrow(
      /not in this vault/,
    );
    expect((await again.quarantined()).map((r) => r.reason).join(' ')).toMatch(
      /clear workspaceId does not match/,
    );
  });

  it('quarantines a tampered audit event, and verification reports the gap', async () => {
    const { dbName, service, session } = await seeded();
    await session.lock('user');
    const raw = await rawDb(dbName);
    const row = (await raw.table('audit').get(2)) as Row;
    await raw.table('audit').put({ ...row, env: row.env.map((x, i) => (i === 0 ? x ^ 1 : x)) });
    raw.close();
    const again = await service.unlock(PASS);
    const check = await again.audit.verify();
    expect(check.ok).toBe(false);
    expect(check.problem?.seq).toBe(2);
    expect((await again.quarantined()).map((r) => `${r.table} ${r.id}`)).toEqual(['audit 2']);
  });
});
