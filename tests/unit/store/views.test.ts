import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createView,
  deleteView,
  deleteWorkspace,
  updateView,
} from '../../../renderer/store/commands';
import { reverseOf } from '../../../renderer/store/commands/types';
import { savedViewSchema } from '../../../shared/model';
import { PASS, loaded, seeded } from './helpers';

const draft = (a: string) => ({
  name: 'Core nominals',
  filters: { kinds: ['nominal'], minGrade: 'B' },
  positions: { [a]: { x: 10.5, y: -3 } },
  styling: { sizeBy: 'betweenness' },
  layout: 'preset',
});

describe('saved views', () => {
  it('creates, updates and deletes a view, each undoable and audited, and reloads it sealed', async () => {
    const { session, service, workspaceId, a } = await seeded();
    const create = createView(workspaceId, draft(a));
    await session.history.execute(create);
    expect(loaded(session).views.get(create.id)?.positions[a]).toEqual({ x: 10.5, y: -3 });

    await session.history.execute(updateView(create.id, { name: 'Renamed', layout: 'fcose' }));
    expect(loaded(session).views.get(create.id)?.name).toBe('Renamed');
    await session.history.undo();
    expect(loaded(session).views.get(create.id)?.name).toBe('Core nominals');

    await session.history.execute(deleteView(create.id));
    expect(loaded(session).views.has(create.id)).toBe(false);
    await session.history.undo();
    expect(loaded(session).views.get(create.id)?.styling).toEqual({ sizeBy: 'betweenness' });

    const actions = (await session.audit.list()).filter((e) => e.subject === 'view');
    expect(actions.map((e) => e.action)).toEqual([
      'create',
      'update',
      'update',
      'delete',
      'restore',
    ]);

    await session.lock('user');
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(workspaceId);
    expect(ws.views.get(create.id)?.filters).toEqual({ kinds: ['nominal'], minGrade: 'B' });
  });

  it('deletes views with their workspace and restores them on undo', async () => {
    const { session, workspaceId, a } = await seeded();
    const create = createView(workspaceId, draft(a));
    await session.history.execute(create);
    const deletion = deleteWorkspace(workspaceId);
    await session.history.execute(deletion);
    expect(session.current()).toBeUndefined();
    await session.history.execute(reverseOf(deletion, 'restore workspace'));
    const ws = await session.openWorkspace(workspaceId);
    expect(ws.views.get(create.id)?.name).toBe('Core nominals');
  });

  it('refuses non-finite positions, oversized filters and a view for a missing workspace', async () => {
    const { session, workspaceId, a } = await seeded();
    await expect(
      session.history.execute(
        createView(workspaceId, { ...draft(a), positions: { [a]: { x: Infinity, y: 0 } } }),
      ),
    ).rejects.toThrow(/saved view.*positions/i);
    await expect(
      session.history.execute(
        createView(workspaceId, { ...draft(a), filters: { text: 'x'.repeat(40_000) } }),
      ),
    ).rejects.toThrow(/filters are too large/);
    await expect(
      session.history.execute(createView('ws_00000000000000000009', draft(a))),
    ).rejects.toThrow(/no longer exists/);
    expect(loaded(session).views.size).toBe(0);
  });

  it('fills defaults and rejects a blank name in the shared schema', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const base = { id: 'view_00000000000000000001', workspaceId: 'ws_00000000000000000001' };
    const ok = savedViewSchema.parse({ ...base, name: 'A', createdAt: at, updatedAt: at });
    expect(ok).toMatchObject({ filters: {}, positions: {}, styling: {}, layout: 'preset' });
    expect(savedViewSchema.safeParse({ ...ok, name: '  ' }).success).toBe(false);
  });
});
