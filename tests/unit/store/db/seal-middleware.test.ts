import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ManifestRegistry } from '../../../../renderer/store/db/manifest-registry';
import { openDexie } from '../../../../renderer/store/db/vault-db';
import { armKeyRing, emptyKeyRing, workspaceKey } from '../../../../renderer/store/key-ring';
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
async function sealedDb() {
  const ring = await armKeyRing(emptyKeyRing(), newDataKey());
  const name = `mw-${process.pid}-${++n}`;
  return {
    ring,
    name,
    db: openDexie(name, ring, new ManifestRegistry(ring)),
    raw: openDexie(name),
  };
}

describe('sealing middleware', () => {
  it('seals on write and opens on get, bulkGet, where().toArray() and cursors', async () => {
    const { db, raw, ring } = await sealedDb();
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
    // No workspace id in clear: its blind key, which nobody without the data key can compute.
    expect(Object.keys(stored).sort()).toEqual(['env', 'id', 'w']);
    const w = workspaceKey(ring, 'ws_00000000000000000001');
    expect(stored.w).toBe(w);
    expect(w).not.toContain('ws_');
    expect((await db.table('entities').get('ent_00000000000000000001')).label).toBe('Blue Golf');
    expect((await db.table('entities').bulkGet(['ent_00000000000000000002']))[0].label).toBe(
      'Red Audi',
    );
    expect(await db.table('entities').where('w').equals(w).count()).toBe(2);
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
    const { db, ring } = await sealedDb();
    await db.table('entities').put({ ...entity('ent_00000000000000000003', 'x'), attrs: {} });
    await db.table('entities').put(entity('ent_00000000000000000004', 'Fine'));
    const all = await db.table('entities').toArray();
    expect(all.map((e: { label: string }) => e.label)).toEqual(['Fine']);
    expect(ring.failures).toHaveLength(1);
    expect(ring.failures[0]?.id).toBe('ent_00000000000000000003');
    expect(ring.failures[0]?.reason).toMatch(/entities schema.*registration/);
  });

  it('refuses to read or write sealed tables without a key', async () => {
    const { db, ring } = await sealedDb();
    ring.dek = undefined;
    ring.blind = undefined;
    await expect(db.table('entities').put(entity('ent_00000000000000000005', 'x'))).rejects.toThrow(
      /locked/,
    );
  });
});

describe('what the middleware refuses', () => {
  it('refuses to delete audit events, to empty a table, or to write the manifest itself', async () => {
    const { db } = await sealedDb();
    await expect(db.table('audit').delete(1)).rejects.toThrow(/append-only/);
    await expect(db.table('entities').clear()).rejects.toThrow(/one by one/);
    await expect(db.table('manifests').put({ id: 'x:1', t: {}, r: {} })).rejects.toThrow(
      /written by the store alone/,
    );
    await expect(db.table('meta').put({ id: 'root' })).rejects.toThrow(
      /written by the store alone/,
    );
  });

  it('refuses a record of a workspace table that names no workspace', async () => {
    const { db } = await sealedDb();
    const orphan: Partial<ReturnType<typeof entity>> = entity('ent_00000000000000000009', 'x');
    delete orphan.workspaceId;
    await expect(db.table('entities').put(orphan)).rejects.toThrow(/must belong to a workspace/);
  });
});
