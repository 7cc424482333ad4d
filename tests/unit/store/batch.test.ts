import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { batchCommand, updateEntity, updateLink } from '../../../renderer/store/commands';
import { loaded, seeded } from './helpers';

describe('batch commands', () => {
  it('applies several edits in one transaction and undoes them in one step', async () => {
    const { session, a, b, link } = await seeded();
    await session.history.execute(
      batchCommand('bulk edit 3 records', [
        updateEntity(a, { classification: 'SECRET' }),
        updateEntity(b, { classification: 'SECRET' }),
        updateLink(link, { strength: 5 }),
      ]),
    );
    const ws = loaded(session);
    expect([ws.entities.get(a)?.classification, ws.entities.get(b)?.classification]).toEqual([
      'SECRET',
      'SECRET',
    ]);
    expect(ws.links.get(link)?.strength).toBe(5);
    expect(session.history.undoLabel()).toBe('bulk edit 3 records');
    await session.history.undo();
    const back = loaded(session);
    expect(back.entities.get(a)?.classification).toBe('OFFICIAL');
    expect(back.links.get(link)?.strength).toBe(3);
    expect(session.history.canUndo()).toBe(true); // the seeding steps, not the batch
    await session.history.redo();
    expect(loaded(session).entities.get(b)?.classification).toBe('SECRET');
  });

  it('refuses a batch whose parts change the same record, writing nothing', async () => {
    const { session, a } = await seeded();
    await expect(
      session.history.execute(
        batchCommand('clash', [
          updateEntity(a, { notes: 'one' }),
          updateEntity(a, { notes: 'two' }),
        ]),
      ),
    ).rejects.toThrow(/same record/);
    expect(loaded(session).entities.get(a)?.notes).toBe('');
  });

  it('writes nothing when one part is refused', async () => {
    const { session, a, b } = await seeded();
    await expect(
      session.history.execute(
        batchCommand('half bad', [
          updateEntity(a, { classification: 'SECRET' }),
          updateEntity(b, { label: '' }),
        ]),
      ),
    ).rejects.toThrow(/label/i);
    expect(loaded(session).entities.get(a)?.classification).toBe('OFFICIAL');
  });
});
