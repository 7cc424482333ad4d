import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  createLink,
  reverseLink,
  updateLink,
} from '../../../renderer/store/commands';
import { link, loaded, nominal, seeded } from './helpers';

describe('reversing a link', () => {
  it('swaps source and target, is audited, and undo and redo turn it back and forth', async () => {
    const { session, a, b, link: id } = await seeded();
    await session.history.execute(updateLink(id, { kind: 'controls' }));
    await session.history.execute(reverseLink(id));
    expect(loaded(session).links.get(id)).toMatchObject({ source: b, target: a });
    expect(session.history.undoLabel()).toBe('reverse link');
    await session.history.undo();
    expect(loaded(session).links.get(id)).toMatchObject({ source: a, target: b });
    await session.history.redo();
    expect(loaded(session).links.get(id)).toMatchObject({ source: b, target: a });
    const details = (await session.audit.list({ action: 'update' })).map((e) => e.detail);
    expect(details.slice(-3)).toEqual([
      'Reversed direction (source and target swapped)',
      'Undo: direction restored',
      'Reversed direction (source and target swapped)',
    ]);
    expect((await session.audit.verify()).ok).toBe(true);
  });

  it('refuses a kind with no direction, and writes nothing', async () => {
    const { session, a, link: id } = await seeded();
    const before = (await session.audit.list()).length;
    await expect(session.history.execute(reverseLink(id))).rejects.toThrow(
      /reads the same both ways/,
    );
    expect(loaded(session).links.get(id)?.source).toBe(a);
    expect((await session.audit.list()).length).toBe(before);
  });

  it('refuses to make an exploited child the one who exploits', async () => {
    const { session, workspaceId, a } = await seeded();
    const child = createEntity(
      workspaceId,
      nominal('Kayden Rook', 'Rook', {
        attrs: {
          forenames: 'Kayden',
          surname: 'Rook',
          aliases: [],
          roles: ['victim'],
          dateOfBirth: '2015-03-12',
        },
      } as never),
    );
    await session.history.execute(child);
    const exploits = createLink(workspaceId, link(a, child.id, { kind: 'exploits' }));
    await session.history.execute(exploits);
    await expect(session.history.execute(reverseLink(exploits.id))).rejects.toThrow(
      /Kayden Rook is recorded as an exploited child/,
    );
    expect(loaded(session).links.get(exploits.id)).toMatchObject({ source: a, target: child.id });
  });
});
