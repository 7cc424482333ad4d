import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { integrityAlerts } from '../../../renderer/store';
import { createEntity, createLink, updateEntity } from '../../../renderer/store/commands';
import {
  PASS,
  editRaw,
  link,
  nominal,
  rawDb,
  restore,
  seeded,
  snapshot,
  type Snapshot,
} from './helpers';

type Row = Record<string, unknown> & { env: Uint8Array };
const find = (copy: Snapshot, table: string, id: string) =>
  copy[table]!.find((r) => r.id === id) as Row;

/**
 * Someone with a copy of the disk and no passphrase: each attack on the stored rows must be
 * caught at the next unlock or opening, set aside, recorded in the audit log and shown; nothing
 * may be repaired or loaded as if it were fine.
 */
describe('attacks on the stored vault', () => {
  it('catches an older copy of a record put back, and loads none of it', async () => {
    const { dbName, service, session, workspaceId, a } = await seeded();
    const before = await snapshot(dbName);
    await session.history.execute(updateEntity(a, { label: 'Renamed Later' }));
    await session.lock('user');
    await editRaw(dbName, 'entities', (t) => t.put(find(before, 'entities', a)));
    const stored = await snapshot(dbName);
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.has(a)).toBe(false);
    const q = await again.quarantined();
    expect(q.find((r) => r.id === a)?.reason).toMatch(/not the copy Linchpin last wrote/);
    expect(integrityAlerts.forWorkspace(workspaceId).map((r) => r.id)).toContain(a);
    const alert = (await again.audit.list({ action: 'integrity-alert' }))[0];
    expect(alert?.targets).toContain(`entities ${a}`);
    expect(alert?.workspaceId).toBe(workspaceId);
    // Nothing was repaired: the old copy is still where it was put.
    expect((await snapshot(dbName)).entities).toEqual(stored.entities);
  });

  it('catches a deleted record, and sets aside the links that pointed at it', async () => {
    const { dbName, service, session, workspaceId, a, link: l } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', (t) => t.delete(a));
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.has(a)).toBe(false);
    expect(ws.links.has(l)).toBe(false);
    const q = await again.quarantined();
    expect(q.find((r) => r.id === a)?.reason).toMatch(/missing/);
    expect(q.find((r) => r.id === l)?.reason).toMatch(/points \(source\) at/);
  });

  it('catches a record added behind its back, even one that authenticates', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    // A real sealed row of this vault, written by Linchpin and then deleted (undo of a create).
    const extra = createEntity(workspaceId, nominal('Came Back', 'Back'));
    await session.history.execute(extra);
    const withIt = await snapshot(dbName);
    await session.history.undo();
    await session.lock('user');
    await editRaw(dbName, 'entities', (t) => t.put(find(withIt, 'entities', extra.id)));
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.has(extra.id)).toBe(false);
    expect((await again.quarantined()).find((r) => r.id === extra.id)?.reason).toMatch(
      /not written by Linchpin/,
    );
  });

  it('catches the end of the audit log cut off, with or without the older root put back', async () => {
    const { dbName, service, session } = await seeded();
    const early = await snapshot(dbName);
    await session.audit.record({ action: 'export', subject: 'audit', targets: [] });
    await session.lock('user');
    const keys = (await snapshot(dbName)).audit!.map((r) => Number(r.seq));
    const [last, previous] = [keys[keys.length - 1]!, keys[keys.length - 2]!];
    await editRaw(dbName, 'audit', (t) => t.bulkDelete([last, previous]));
    let again = await service.unlock(PASS);
    let found = (await again.quarantined()).map((r) => `${r.table} ${r.id}`);
    expect(found).toEqual(expect.arrayContaining([`audit ${previous}`, `audit ${last}`]));
    expect((await again.audit.verify()).ok).toBe(false);
    await again.lock('user');
    // The attacker also puts back the manifest root of an earlier state, so the head matches.
    const meta = early.meta!;
    await editRaw(dbName, 'meta', (t) => t.bulkPut(meta));
    again = await service.unlock(PASS);
    found = (await again.quarantined()).map((r) => r.reason);
    expect(found.join('\n')).toMatch(/older than the last one this computer saw/);
  });

  it('catches the whole store rolled back by one write', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    const copy = await snapshot(dbName);
    await session.history.execute(createEntity(workspaceId, nominal('The Lost Write', 'Write')));
    await session.lock('user');
    await restore(dbName, copy);
    const again = await service.unlock(PASS);
    const vault = (await again.quarantined()).filter((r) => r.table === 'vault');
    expect(vault).toHaveLength(1);
    expect(vault[0]?.reason).toMatch(/older than the last one this computer saw/);
    expect(vault[0]?.reason).toMatch(/write\(s\) are missing/);
    // Shown beside any open workspace, and on record.
    expect(integrityAlerts.forWorkspace(workspaceId).map((r) => r.table)).toContain('vault');
    expect((await again.audit.list({ action: 'integrity-alert' })).length).toBe(1);
    // Recorded once: the next unlock does not raise it again.
    await again.lock('user');
    const later = await service.unlock(PASS);
    expect((await later.audit.list({ action: 'integrity-alert' })).length).toBe(1);
  });

  it('catches a workspace, a quarantine record or a manifest segment deleted', async () => {
    const { dbName, service, session, workspaceId, a } = await seeded();
    await session.lock('user');
    await editRaw(dbName, 'entities', (t) => t.delete(a));
    let again = await service.unlock(PASS);
    await again.openWorkspace(workspaceId);
    expect(await again.quarantined()).not.toHaveLength(0);
    await again.lock('user');
    // Hide the evidence: delete the quarantine rows, a segment of the workspace's manifest and
    // the workspace's own row.
    const copy = await snapshot(dbName);
    const segment = copy.manifests!.find((r) => !String(r.id).startsWith('vault:'))!;
    await editRaw(dbName, 'quarantined', (t) => t.clear());
    await editRaw(dbName, 'manifests', (t) => t.delete(segment.id as string));
    await editRaw(dbName, 'workspaces', (t) => t.clear());
    again = await service.unlock(PASS);
    const found = await again.quarantined();
    const tables = found.map((r) => r.table);
    expect(tables).toEqual(expect.arrayContaining(['quarantined', 'workspaces']));
    expect(await again.listWorkspaces()).toEqual([]);
  });

  it('sets aside the rows of a manifest segment that was deleted, rather than trusting them', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    await session.lock('user');
    const copy = await snapshot(dbName);
    const segments = copy.manifests!.filter((r) => !String(r.id).startsWith('vault:'));
    await editRaw(dbName, 'manifests', (t) => t.bulkDelete(segments.map((s) => s.id as string)));
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.size + ws.links.size).toBe(0);
    const q = await again.quarantined();
    expect(q.filter((r) => r.table === 'manifests').length).toBe(segments.length);
    expect(q.filter((r) => r.table === 'entities').length).toBe(2);
  });

  it('counts failed unlocks outside the vault and records them at the next unlock', async () => {
    const { service, session } = await seeded();
    await session.lock('user');
    for (let i = 0; i < 3; i++)
      await expect(service.unlock(`guess ${i}`)).rejects.toThrow(/does not open/);
    const again = await service.unlock(PASS);
    const failed = await again.audit.list({ action: 'unlock-failed' });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.detail).toMatch(/^3 failed unlock attempts since the last unlock: /);
    await again.lock('user');
    const later = await service.unlock(PASS);
    expect(await later.audit.list({ action: 'unlock-failed' })).toHaveLength(1);
  });

  it('keeps no clear value on link rows that points at an entity', async () => {
    const { dbName, session, workspaceId, a, b } = await seeded();
    const c = createEntity(workspaceId, nominal('Third Person', 'Person'));
    await session.history.execute(c);
    await session.history.execute(createLink(workspaceId, link(a, c.id)));
    await session.history.execute(createLink(workspaceId, link(c.id, b, { kind: 'family' })));
    const raw = await rawDb(dbName);
    const entities = new Set(
      (await raw.table('entities').toCollection().primaryKeys()).map(String),
    );
    const links = (await raw.table('links').toArray()) as Row[];
    raw.close();
    expect(links).toHaveLength(3);
    const seen = new Map<string, number>();
    for (const row of links)
      for (const [field, value] of Object.entries(row)) {
        if (value instanceof Uint8Array) continue;
        expect(entities.has(String(value))).toBe(false);
        if (field !== 'w') seen.set(String(value), (seen.get(String(value)) ?? 0) + 1);
      }
    // Only the workspace's blind key repeats, and it is every entity's too: it names the workspace.
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });
});
