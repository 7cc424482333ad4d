import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addTactic,
  createPlan,
  createProfileDraft,
  deletePlan,
  deleteWorkspace,
  recordOcgScore,
  recordProfileExport,
  recordReviewDecision,
  setScoringMatrix,
  updatePlan,
  updateProfileDraft,
} from '../../../renderer/store/commands';
import { reverseOf } from '../../../renderer/store/commands/types';
import { DEFAULT_MATRIX } from '../../../shared/prioritisation';
import { newDraftFields } from '../../../renderer/profiles/profileDraft';
import { PASS, dump, loaded, seeded } from './helpers';

const AT = '2026-11-01T10:00:00.000Z';
const LRO = 'DI Quillon Farthingale';

const planDraft = (subject: string) => ({
  subjectIds: [subject],
  lro: LRO,
  aims: ['Close the Tony line'],
  actions: [],
  customTactics: [],
});

describe('partnership records in the vault', () => {
  it('keeps plans, tactics, scores, the matrix, profiles and decisions sealed across a lock', async () => {
    const { session, service, dbName, workspaceId, a, b } = await seeded();
    const plan = createPlan(workspaceId, planDraft(a));
    await session.history.execute(plan);
    await session.history.execute(
      updatePlan(plan.id, {
        actions: [
          {
            id: 'act_00000000000000000001',
            pillar: 'pursue',
            tacticId: 'closure_notice',
            leadAgency: 'Kestrelford Police',
            targetIds: [b],
            owner: 'DS Byrne',
            dueDate: '2026-12-01',
            status: 'planned',
            outcome: '',
          },
        ],
      }),
    );
    const tactic = addTactic(workspaceId, {
      id: 'dispersal_order',
      label: 'Dispersal order',
      pillars: ['pursue'],
      leadAgencyKind: 'police',
      description: '',
      authority: '',
    });
    await session.history.execute(tactic);
    const matrix = { ...DEFAULT_MATRIX, id: 'force-v2', name: 'Force matrix' };
    await session.history.execute(setScoringMatrix(workspaceId, matrix));
    await session.history.execute(
      setScoringMatrix(workspaceId, { ...matrix, name: 'Force matrix v2' }),
    );
    const scores = Object.fromEntries(matrix.criteria.map((c) => [c.id, 4]));
    await session.history.execute(
      recordOcgScore(workspaceId, {
        groupId: a,
        matrixId: 'force-v2',
        scores,
        scoredBy: 'DC Test',
        scoredAt: AT,
        rationale: '',
      }),
    );
    const profile = createProfileDraft(workspaceId, newDraftFields(a));
    await session.history.execute(profile);

    const ws = loaded(session);
    expect(ws.plans.get(plan.id)?.actions).toHaveLength(1);
    expect(ws.tactics.get(tactic.id)?.tactic.label).toBe('Dispersal order');
    expect(ws.matrices.size).toBe(1);
    expect([...ws.matrices.values()][0]!.matrix.name).toBe('Force matrix v2');
    expect(ws.scores.size).toBe(1);
    expect(ws.profiles.get(profile.id)?.exports).toEqual([]);

    // Undo of the second matrix save restores the first, not the default.
    await session.history.undo(); // profile
    await session.history.undo(); // score
    await session.history.undo(); // matrix v2
    expect([...loaded(session).matrices.values()][0]!.matrix.name).toBe('Force matrix');
    await session.history.redo();
    await session.history.redo();
    await session.history.redo();

    expect(await dump(dbName)).not.toContain('Farthingale');
    await session.lock('user');
    const again = await service.unlock(PASS);
    const reopened = await again.openWorkspace(workspaceId);
    expect(reopened.plans.get(plan.id)?.lro).toBe(LRO);
    expect(reopened.plans.get(plan.id)?.actions[0]?.targetIds).toEqual([b]);
    expect([...reopened.matrices.values()][0]!.matrix.name).toBe('Force matrix v2');
    expect(reopened.scores.size).toBe(1);
    expect(reopened.profiles.has(profile.id)).toBe(true);
    expect(await again.quarantined()).toHaveLength(0);
  });

  it('refuses a plan that breaks the schema and writes nothing', async () => {
    const { session, workspaceId, a } = await seeded();
    await expect(
      session.history.execute(createPlan(workspaceId, { ...planDraft(a), lro: '  ' })),
    ).rejects.toThrow(/Lead Responsible Officer/);
    await expect(
      session.history.execute(createPlan(workspaceId, { ...planDraft(a), subjectIds: [] })),
    ).rejects.toThrow(/needs a subject/);
    expect(loaded(session).plans.size).toBe(0);
  });

  it('deletes a plan with undo, and takes every partnership record with its workspace', async () => {
    const { session, workspaceId, a } = await seeded();
    const plan = createPlan(workspaceId, planDraft(a));
    await session.history.execute(plan);
    await session.history.execute(deletePlan(plan.id));
    expect(loaded(session).plans.size).toBe(0);
    await session.history.undo();
    expect(loaded(session).plans.size).toBe(1);
    await session.history.execute(createProfileDraft(workspaceId, newDraftFields(a)));
    const deletion = deleteWorkspace(workspaceId);
    await session.history.execute(deletion);
    await session.history.execute(reverseOf(deletion, 'restore workspace'));
    const ws = await session.openWorkspace(workspaceId);
    expect(ws.plans.size).toBe(1);
    expect(ws.profiles.size).toBe(1);
    const audit = await session.audit.list({ workspaceId });
    expect(audit.find((e) => e.subject === 'workspace' && e.action === 'delete')?.detail).toMatch(
      /1 plans, 1 profiles/,
    );
  });

  it('logs a profile export as a disclosure naming the recipient and the records', async () => {
    const { session, workspaceId, a, b, link } = await seeded();
    const profile = createProfileDraft(workspaceId, newDraftFields(a));
    await session.history.execute(profile);
    const fields = newDraftFields(a);
    await session.history.execute(
      updateProfileDraft(profile.id, { ...fields, title: 'For the MASH' }),
    );
    const recipient = {
      agency: 'Kestrelford Council',
      agencyType: 'childrens_services' as const,
      role: 'MASH manager',
      clearance: 'OFFICIAL' as const,
    };
    await session.history.execute(
      recordProfileExport(profile.id, {
        at: AT,
        by: 'DC Test',
        format: 'pdf',
        recipient,
        agency: recipient.agency,
        marking: 'OFFICIAL',
        disclosed: { entityIds: [a, b], linkIds: [link], intelIds: [] },
        counts: { entities: 2, links: 1, intel: 0, withheld: 4 },
      }),
    );
    const stored = loaded(session).profiles.get(profile.id)!;
    expect(stored.draft.title).toBe('For the MASH');
    expect(stored.exports).toHaveLength(1);
    const disclosure = (await session.audit.list({ action: 'disclose' }))[0]!;
    expect(disclosure.targets).toEqual([profile.id, a, b, link]);
    expect(disclosure.detail).toMatch(
      /PDF to Kestrelford Council \(MASH manager\).*4 items about the subject withheld/,
    );
  });

  it('carries out review decisions: retain moves the review date, dispose erases with its links', async () => {
    const { session, workspaceId, a, b, link } = await seeded();
    const base = { recordType: 'entity' as const, decidedBy: 'DC Test', decidedAt: AT };
    await session.history.execute(
      recordReviewDecision(workspaceId, {
        ...base,
        recordId: a,
        decision: 'retain',
        reason: 'Active operation',
        nextReviewDate: '2027-11-01',
      }),
    );
    expect(loaded(session).entities.get(a)?.reviewDate).toBe('2027-11-01');
    await session.history.execute(
      recordReviewDecision(workspaceId, {
        ...base,
        recordId: b,
        decision: 'dispose',
        reason: 'No longer necessary',
      }),
    );
    expect(loaded(session).entities.has(b)).toBe(false);
    expect(loaded(session).links.has(link)).toBe(false);
    expect(loaded(session).reviews.size).toBe(2);
    const erased = await session.audit.list({ action: 'erase' });
    expect(erased.map((e) => e.subject)).toEqual(['review']);
    expect(erased[0]!.detail).toMatch(
      new RegExp(`MoPI disposal: nominal record ${b} and its 1 link erased; not recoverable`),
    );
    // Final: nothing to undo, and the earlier edits left the undo history with it.
    expect(session.history.canUndo()).toBe(false);
    await session.history.undo();
    expect(loaded(session).entities.has(b)).toBe(false);
    expect(loaded(session).links.has(link)).toBe(false);
  });
});
