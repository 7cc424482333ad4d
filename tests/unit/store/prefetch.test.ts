import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEntity } from '../../../renderer/store/commands';
import { PASS, nominal, seeded } from './helpers';

describe('reading a workspace during unlock', () => {
  it('opens the prefetched workspace with exactly the records a cold open gives', async () => {
    const { service, session, workspaceId } = await seeded();
    // Copied now: locking empties the open workspace's maps in place.
    const cold = session.current()!;
    const entities = [...cold.entities.values()];
    const links = [...cold.links.values()];
    await session.lock('user');
    const again = await service.unlock(PASS, { prefetch: workspaceId });
    const warm = await again.openWorkspace(workspaceId);
    expect([...warm.entities.values()]).toEqual(entities);
    expect([...warm.links.values()]).toEqual(links);
    expect(entities).toHaveLength(2);
  });

  it('reads afresh once anything has been written after unlock', async () => {
    const { service, session, workspaceId } = await seeded();
    await session.lock('user');
    const again = await service.unlock(PASS, { prefetch: workspaceId });
    const added = createEntity(workspaceId, nominal('Late Arrival', 'Arrival'));
    await again.history.execute(added);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.entities.get(added.id)?.label).toBe('Late Arrival');
    expect(ws.entities.size).toBe(3);
  });

  it('ignores a prefetch of a workspace that does not exist, and a wrong passphrase still fails', async () => {
    const { service, session, workspaceId } = await seeded();
    await session.lock('user');
    await expect(service.unlock('not the passphrase', { prefetch: workspaceId })).rejects.toThrow(
      /does not open this vault/,
    );
    const again = await service.unlock(PASS, { prefetch: 'ws_00000000000000000999' });
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(2);
  });
});
