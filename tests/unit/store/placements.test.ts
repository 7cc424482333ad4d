import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { placeEntities } from '../../../renderer/store/commands';
import { PASS, dump, loaded, seeded } from './helpers';

const placementOf = (s: Parameters<typeof loaded>[0]) => [...loaded(s).placements.values()][0];

describe('chart placement in the vault', () => {
  it('saves places sealed, keeps them through lock and unlock, and undoes a move', async () => {
    const { dbName, service, session, workspaceId, a, b } = await seeded();
    const automatic = placeEntities(
      workspaceId,
      new Map([
        [a, { x: 10, y: 20 }],
        [b, { x: 300, y: 40 }],
      ]),
      'place new entities',
      { automatic: true, layout: 'force' },
    );
    const undoBefore = session.history.undoLabel();
    await session.history.execute(automatic);
    // Automatic placement is saved but is not something the analyst can undo.
    expect(session.history.undoLabel()).toBe(undoBefore);
    expect(placementOf(session)?.entries).toEqual({
      [a]: { x: 10, y: 20 },
      [b]: { x: 300, y: 40 },
    });

    await session.history.execute(
      placeEntities(
        workspaceId,
        new Map([[a, { x: 55.5, y: -12, pinned: true }]]),
        'move 1 entity',
      ),
    );
    expect(placementOf(session)?.entries[a]).toEqual({ x: 55.5, y: -12, pinned: true });
    expect(session.history.undoLabel()).toBe('move 1 entity');
    await session.history.undo();
    expect(placementOf(session)?.entries[a]).toEqual({ x: 10, y: 20 });
    expect(placementOf(session)?.entries[b]).toEqual({ x: 300, y: 40 });
    await session.history.redo();

    // Sealed: no coordinate appears in clear on disk.
    expect(await dump(dbName)).not.toContain('55.5');

    await session.lock('user');
    const again = await service.unlock(PASS);
    const reopened = await again.openWorkspace(workspaceId);
    const record = [...reopened.placements.values()][0];
    expect(record?.entries[a]).toEqual({ x: 55.5, y: -12, pinned: true });
    expect(record?.layout).toBe('force');
    // One record per workspace, however many entities move.
    expect(reopened.placements.size).toBe(1);
  });

  it('refuses a place that is not a finite number, changing nothing', async () => {
    const { session, workspaceId, a } = await seeded();
    await expect(
      session.history.execute(
        placeEntities(workspaceId, new Map([[a, { x: Number.NaN, y: 0 }]]), 'move'),
      ),
    ).rejects.toThrow();
    expect(loaded(session).placements.size).toBe(0);
  });
});
