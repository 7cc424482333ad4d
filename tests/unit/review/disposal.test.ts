/**
 * MoPI review in the vault: disposal is final and leaves a tombstone, copies go with the record,
 * bulk decisions are one transaction; "not a duplicate" is stored, audited and undoable.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  createProfileDraft,
  markNotDuplicate,
  mergeEntities,
  recordReviewDecisions,
  updateEntity,
} from '../../../renderer/store/commands';
import { newDraftFields } from '../../../renderer/profiles/profileDraft';
import { loaded, nominal, seeded } from '../store/helpers';

const AT = '2026-11-01T10:00:00.000Z';
const base = { recordType: 'entity' as const, decidedBy: 'DC Test', decidedAt: AT };

describe('MoPI disposal', () => {
  it('erases in one transaction with its links and every copy, and leaves a tombstone', async () => {
    const { session, workspaceId, a, b, link } = await seeded();
    const c = createEntity(workspaceId, nominal('Tyrone Okafer', 'Okafer'));
    await session.history.execute(c);
    await session.history.execute(markNotDuplicate(workspaceId, { a, b: c.id }, 'DC Test'));
    // A merge record holds a copy of the absorbed record: it must go with a disposal.
    const d = createEntity(workspaceId, nominal('T. Okafor', 'Okafor'));
    await session.history.execute(d);
    await session.history.execute(mergeEntities(workspaceId, b, [d.id]));
    await session.history.execute(updateEntity(a, { notes: 'Edited before the review' }));
    const draft = {
      ...newDraftFields(b),
      title: 'About Kayleigh',
      authorText: { summary: 'Seen at the station.' },
    };
    await session.history.execute(createProfileDraft(workspaceId, draft));
    expect(loaded(session).merges.size).toBe(1);

    await session.history.execute(
      recordReviewDecisions(workspaceId, [
        {
          ...base,
          recordId: b,
          decision: 'dispose',
          reason: 'No longer necessary for a policing purpose',
        },
        { ...base, recordId: a, decision: 'dispose', reason: 'Not adequate: source withdrawn' },
        {
          ...base,
          recordId: c.id,
          decision: 'retain',
          reason: 'Active',
          nextReviewDate: '2027-11-01',
        },
      ]),
    );
    const ws = loaded(session);
    expect(ws.entities.has(a) || ws.entities.has(b)).toBe(false);
    expect(ws.links.has(link)).toBe(false);
    expect(ws.merges.size).toBe(0);
    expect(ws.notDuplicates.size).toBe(0);
    const [profile] = ws.profiles.values();
    expect(profile?.draft).toMatchObject({ subjectId: b, title: '', authorText: {} });
    expect(ws.entities.get(c.id)?.reviewDate).toBe('2027-11-01');
    const tombstones = [...ws.reviews.values()].filter((r) => r.decision.decision === 'dispose');
    expect(tombstones.map((t) => [t.decision.recordKind, t.decision.recordId]).sort()).toEqual(
      [
        ['nominal', a],
        ['nominal', b],
      ].sort(),
    );
    const erased = await session.audit.list({ action: 'erase' });
    expect(erased).toHaveLength(2);
    expect(erased.map((e) => e.actor)).toEqual(['DC Test', 'DC Test']);
    expect(erased.find((e) => e.targets[0] === a)?.detail).toBe(
      `MoPI disposal: nominal record ${a} erased; not recoverable. Grounds: Not adequate: source withdrawn.`,
    );
    // Nothing, including the edit made before, can bring the record back.
    expect(session.history.canUndo()).toBe(false);
    // All one transaction: one audit sequence with no other event between.
    const seqs = erased.map((e) => e.seq);
    expect(Math.abs(seqs[1]! - seqs[0]!)).toBe(1);
  });

  it('refuses a batch naming one record twice, and writes nothing', async () => {
    const { session, workspaceId, a } = await seeded();
    const d = { ...base, recordId: a, decision: 'dispose' as const, reason: 'x' };
    expect(() => recordReviewDecisions(workspaceId, [d, d])).toThrow(/decide on each record once/);
    expect(loaded(session).entities.has(a)).toBe(true);
  });

  it('records the second person where one agreed', async () => {
    const { session, workspaceId, a } = await seeded();
    await session.history.execute(
      recordReviewDecisions(workspaceId, [
        {
          ...base,
          recordId: a,
          decision: 'dispose',
          reason: 'Retention period over',
          secondPerson: { name: 'DS Okoye', role: 'Review supervisor' },
        },
      ]),
    );
    const [erase] = await session.audit.list({ action: 'erase' });
    expect(erase?.detail).toMatch(/Agreed by DS Okoye \(Review supervisor\)\.$/);
  });
});

describe('"Not a duplicate"', () => {
  it('is kept sealed, names both records in the log, and undo takes it back', async () => {
    const { session, workspaceId, a, b } = await seeded();
    await session.history.execute(
      markNotDuplicate(workspaceId, { a: b, b: a, score: 0.77 }, 'DC Test'),
    );
    const [stored] = loaded(session).notDuplicates.values();
    expect([stored?.a, stored?.b]).toEqual([a, b].sort());
    const [event] = await session.audit.list({ text: 'not duplicates' });
    expect(event?.detail).toMatch(
      /^Marked "(Tyrone Okafor|Kayleigh Brennan)" and "(Tyrone Okafor|Kayleigh Brennan)" as not duplicates \(scored 77%\)$/,
    );
    await session.history.undo();
    expect(loaded(session).notDuplicates.size).toBe(0);
  });
});
