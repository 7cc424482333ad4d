import { describe, expect, it, vi } from 'vitest';
import { changedFieldNames } from '../../../renderer/store/commands/changed-fields';
import {
  consulted,
  createConsultationRecorder,
  installConsultationRecorder,
} from '../../../renderer/store/consultation';
import { searchConsultation } from '../../../renderer/store/consultations';
import { loaded, seeded } from './helpers';

describe('consultation recorder', () => {
  it('writes a search once typing pauses, and each opened record once', async () => {
    vi.useFakeTimers();
    const written: { subject: string; detail?: string; targets: string[] }[] = [];
    const recorder = createConsultationRecorder(async (e) => void written.push(e), {
      workspaceId: 'ws_00000000000000000001',
    });
    const uninstall = installConsultationRecorder(recorder);
    const entities = new Map([
      ['ent_1', { label: 'Kayden Rook' }],
      ['ent_2', { label: 'Kay Rooke' }],
    ]) as never;
    for (const q of ['K', 'Ka', 'Kay', 'Kayd', 'Kayden'])
      consulted(
        searchConsultation({ entities }, q, q.length > 3 ? ['ent_1'] : ['ent_1', 'ent_2'])!,
      );
    const open = { kind: 'inspector' as const, targets: ['ent_1'], detail: 'Opened Kayden Rook' };
    consulted(open);
    consulted(open); // a re-render: the same view
    await vi.advanceTimersByTimeAsync(5000);
    expect(written.map((w) => [w.subject, w.detail])).toEqual([
      ['search', 'Searched for "Kayden": 1 result(s): Kayden Rook'],
      ['inspector', 'Opened Kayden Rook'],
    ]);
    uninstall();
    consulted(open);
    await vi.advanceTimersByTimeAsync(5000);
    expect(written).toHaveLength(2);
    vi.useRealTimers();
  });

  it('logs through the audit log with who and when, so the log answers "who looked at X"', async () => {
    const { session, workspaceId, a } = await seeded();
    const recorder = createConsultationRecorder((e) => session.audit.record(e), { workspaceId });
    recorder.note({
      kind: 'inspector',
      targets: [a],
      detail: 'Opened Tyrone Okafor (Nominal (person)) in the inspector',
    });
    await recorder.flush();
    await new Promise((r) => setTimeout(r, 50));
    const [event] = await session.audit.list({ action: 'view', text: 'Tyrone Okafor' });
    expect(event).toMatchObject({ actor: 'DC Test', subject: 'inspector', targets: [a] });
    expect(loaded(session).entities.has(a)).toBe(true);
  });
});

describe('field changes named precisely', () => {
  it('names only the fields whose value changed, attributes by their own name', () => {
    const before = {
      label: 'A',
      notes: '',
      attrs: { gender: 'Male', roles: ['victim'], safeguarding: { cceRisk: 'low' } },
    };
    const after = {
      label: 'A',
      notes: '',
      attrs: { gender: 'Female', roles: ['victim'], safeguarding: { cceRisk: 'high' } },
    };
    expect(changedFieldNames(before, after, ['label', 'notes', 'attrs'])).toEqual([
      'gender',
      'safeguarding cceRisk',
    ]);
    expect(changedFieldNames(before, before, ['label', 'attrs'])).toEqual([]);
  });
});

describe('the audit viewer finds a record by its name', () => {
  it('matches events that carry only the id, and writes the names beside the ids in the CSV', async () => {
    const { auditCsvWithNames, eventMatches, recordNames } =
      await import('../../../renderer/app/auditNames');
    const { session, a } = await seeded();
    const ws = loaded(session);
    const [created] = (await session.audit.list({ action: 'create' })).filter((e) =>
      e.targets.includes(a),
    );
    if (!created) throw new Error('The seeded vault has no create event for the record.');
    const names = recordNames(ws, created);
    expect(names).toEqual(['Tyrone Okafor']);
    expect(eventMatches(created, names, 'tyrone okafor')).toBe(true);
    expect(eventMatches(created, names, 'Kayden')).toBe(false);
    const csv = auditCsvWithNames([created], (e) => recordNames(ws, e));
    expect(csv.split('\r\n')[1]).toMatch(/,create,entity,Tyrone Okafor,ent_[0-9a-f]{20},/);
  });
});
