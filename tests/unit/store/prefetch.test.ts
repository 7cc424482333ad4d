import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEntity } from '../../../renderer/store/commands';
import { PASS, nominal, seeded } from './helpers';

describe('reading a workspace during unlock', () => {
  it('opens the prefetched workspace with exactly the records a cold open gives', async () => {
    const { service, side, session, workspaceId } = await seeded();
    // Copied now: locking empties the open workspace's maps in place.
    const cold = session.current()!;
    const entities = [...cold.entities.values()];
    const links = [...cold.links.values()];
    await session.lock('user');
    // Remembered outside the vault by its blind key, never by its id.
    const hint = side.slots.get('prefetch');
    expect(hint).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hint).not.toContain(workspaceId);
    const again = await service.unlock(PASS);
    const warm = await again.openWorkspace(workspaceId);
    expect([...warm.entities.values()]).toEqual(entities);
    expect([...warm.links.values()]).toEqual(links);
    expect(entities).toHaveLength(2);
    expect(await again.quarantined()).toEqual([]);
  });

  it('reads afresh once anything has been written after unlock', async () => {
    const { service, session, workspaceId } = await seeded();
    await session.lock('user');
    const again = await service.unlock(PASS);
    const added = createEntity(workspaceId, nominal('Late Arrival', 'Arrival'));
    await again.history.execute(added);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.get(added.id)?.label).toBe('Late Arrival');
    expect(ws.entities.size).toBe(3);
  });

  it('ignores a hint that names no workspace, and a wrong passphrase still fails', async () => {
    const { service, side, session, workspaceId } = await seeded();
    await session.lock('user');
    await expect(service.unlock('not the passphrase')).rejects.toThrow(/does not open this vault/);
    await side.write('prefetch', 'AAAAAAAAAAAAAAAAAAAAAA');
    const again = await service.unlock(PASS);
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(2);
    expect(await again.quarantined()).toEqual([]);
  });
});
