import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDexie } from '../../../../renderer/store/db/vault-db';
import { emptyKeyRing } from '../../../../renderer/store/key-ring';
import { newDataKey } from '../../../../shared/crypto';

const now = '2026-01-01T00:00:00.000Z';
const entity = (id: string, label: string) => ({
  id,
  workspaceId: 'ws_00000000000000000001',
  kind: 'vehicle',
  label,
  notes: '',
  classification: 'OFFICIAL',
  provenance: [],
  attrs: { registration: 'AB12 CDE' },
  createdAt: now,
  updatedAt: now,
});

let n = 0;
function sealedDb() {
  const ring = emptyKeyRing();
  ring.dek = newDataKey();
  const name = `mw-${process.pid}-${++n}`;
  return { ring, name, db: openDexie(name, ring), raw: openDexie(name) };
}

describe('sealing middleware', () => {
  it('seals on write and opens on get, bulkGet, where().toArray() and cursors', async () => {
    const { db, raw } = sealedDb();
    await db
      .table('entities')
      .bulkPut([
        entity('ent_00000000000000000001', 'Blue Golf'),
        entity('ent_00000000000000000002', 'Red Audi'),
      ]);
    const stored = (await raw.table('entities').get('ent_00000000000000000001')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(stored).sort()).toEqual(['env', 'id', 'workspaceId']);
    expect((await db.table('entities').get('ent_00000000000000000001')).label).toBe('Blue Golf');
    expect((await db.table('entities').bulkGet(['ent_00000000000000000002']))[0].label).toBe(
      'Red Audi',
    );
    expect(
      await db.table('entities').where('workspaceId').equals('ws_00000000000000000001').count(),
    ).toBe(2);
    const labels: string[] = [];
    await db.table('entities').each((e: { label: string }) => labels.push(e.label));
    expect(labels.sort()).toEqual(['Blue Golf', 'Red Audi']);
    const filtered = await db
      .table('entities')
      .filter((e: { label: string }) => e.label.startsWith('Red'))
      .toArray();
    expect(filtered.map((e: { label: string }) => e.label)).toEqual(['Red Audi']);
  });

  it('reports a record that opens but breaks the schema, and leaves it out', async () => {
    const { db, ring } = sealedDb();
    await db.table('entities').put({ ...entity('ent_00000000000000000003', 'x'), attrs: {} });
    await db.table('entities').put(entity('ent_00000000000000000004', 'Fine'));
    const all = await db.table('entities').toArray();
    expect(all.map((e: { label: string }) => e.label)).toEqual(['Fine']);
    expect(ring.failures).toHaveLength(1);
    expect(ring.failures[0]?.reason).toMatch(/entities schema.*registration/);
  });

  it('refuses to read or write sealed tables without a key', async () => {
    const { db, ring } = sealedDb();
    ring.dek = undefined;
    await expect(db.table('entities').put(entity('ent_00000000000000000005', 'x'))).rejects.toThrow(
      /locked/,
    );
  });
});
