import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../renderer/app/loadDemo';
import {
  createMeeting,
  createOrder,
  createSafeguardingRecord,
  recordBoardPackExport,
  saveRegisterEntry,
  signOffPlanCommand,
  transitionOrderCommand,
} from '../../../renderer/store/commands';
import { findTactic, type Tactic } from '../../../shared/plans';
import { buildDemoWorkspace } from '../../../shared/demo';
import { dump, freshService, loaded, PASS, seeded } from './helpers';

const ddtro = findTactic('ddtro') as Tactic;
const TODAY = '2026-11-01';

describe('orders, safeguarding records, registers and meetings in the vault', () => {
  it('writes each through a command with its audit event, undoes it, and keeps it sealed', async () => {
    const { session, service, dbName, workspaceId, a, b } = await seeded();
    const order = createOrder(
      workspaceId,
      {
        powerId: 'ddtro',
        boundIds: [b],
        leadAgencyKind: 'police',
        leadAgency: 'Kestrelford Police',
        court: '',
        reference: '',
        conditions: [],
        breaches: [],
        extensions: [],
        stepsDone: {},
        stepsNotApplicable: [],
        notes: 'Quillon line',
      },
      ddtro,
    );
    await session.history.execute(order);
    await session.history.execute(
      transitionOrderCommand(order.id, 'applied', { on: '2026-10-20' }, ddtro, TODAY),
    );
    await session.history.execute(
      transitionOrderCommand(
        order.id,
        'granted',
        { on: '2026-10-22', court: 'Ravensholt County Court', reference: 'DDT-9' },
        ddtro,
        TODAY,
      ),
    );
    expect(loaded(session).orders.get(order.id)?.order.status).toBe('granted');
    await expect(
      session.history.execute(
        transitionOrderCommand(order.id, 'expired', { on: '2026-10-23' }, ddtro, TODAY),
      ),
    ).rejects.toThrow(/cannot become expired/);
    await session.history.undo();
    expect(loaded(session).orders.get(order.id)?.order.status).toBe('applied');
    await session.history.redo();

    const sg = createSafeguardingRecord(workspaceId, {
      kind: 'nrm_referral',
      personId: a,
      referredOn: '2026-10-30',
      firstResponder: 'Kestrelford Police',
      consent: false,
      reasonableGrounds: 'pending',
      conclusiveGrounds: 'pending',
      reference: 'NRM-QUILLON',
      notes: '',
    });
    await session.history.execute(sg);
    await session.history.execute(
      saveRegisterEntry(workspaceId, {
        kind: 'deal_line',
        entityId: b,
        handsetChanges: [],
        bulkTexts: [{ on: '2026-10-01', note: 'Quillon text' }],
        notes: '',
      }),
    );
    const meeting = createMeeting(workspaceId, {
      heldOn: '2026-11-03',
      title: 'Quillon board',
      chair: '',
      minimumMarking: 'OFFICIAL-SENSITIVE',
    });
    await session.history.execute(meeting);
    await session.history.execute(
      recordBoardPackExport(meeting.id, {
        at: '2026-11-01T10:00:00.000Z',
        by: 'DC Test',
        format: 'pdf',
        marking: 'OFFICIAL-SENSITIVE',
        entityIds: [a],
        planIds: [],
      }),
    );
    const events = await session.audit.list({ workspaceId });
    const subjects = events.map((e) => `${e.action} ${e.subject}`);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'create order',
        'update order',
        'create safeguarding',
        'create register',
        'create meeting',
        'disclose meeting',
      ]),
    );
    expect(events.find((e) => e.action === 'disclose')?.targets).toEqual([meeting.id, a]);
    expect(events.filter((e) => e.subject === 'order').map((e) => e.detail)).toContain(
      'Drug Dealing Telecommunications Restriction Order (DDTRO) applied for -> granted on 2026-10-22',
    );

    const raw = await dump(dbName);
    for (const secret of ['Quillon', 'NRM-QUILLON', 'DDT-9', 'Ravensholt County Court'])
      expect(raw.includes(secret), secret).toBe(false);
    await session.lock('user');
    const again = await service.unlock(PASS);
    await again.openWorkspace(workspaceId);
    const w = loaded(again);
    expect([w.orders.size, w.referrals.size, w.registers.size, w.meetings.size]).toEqual([
      1, 1, 1, 1,
    ]);
    expect(w.meetings.get(meeting.id)?.exports).toHaveLength(1);
  });

  it('refuses a council power led by the police, and a sign-off by anyone but the LRO', () => {
    const review = findTactic('licensing_review') as Tactic;
    expect(() =>
      createOrder(
        'ws_00000000000000000001',
        {
          powerId: 'public_spaces_protection_order',
          boundIds: ['ent_00000000000000000001'],
          leadAgencyKind: 'police',
          leadAgency: 'Police',
          court: '',
          reference: '',
          conditions: [],
          breaches: [],
          extensions: [],
          stepsDone: {},
          stepsNotApplicable: [],
          notes: '',
        },
        findTactic('public_spaces_protection_order')!,
      ),
    ).toThrow(/council power: the police cannot lead it/);
    expect(review.agencies).toContain('police');
  });

  it('loads the demo with its partnership records twice, the second copy re-keyed throughout', async () => {
    const { service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const first = await loadDemoWorkspace(session);
    const second = await loadDemoWorkspace(session);
    const demo = buildDemoWorkspace();
    const one = await session.openWorkspace(first);
    expect(one.plans.size).toBe(demo.partnership!.plans.length);
    expect(one.orders.size).toBe(demo.partnership!.orders.length);
    const two = await session.openWorkspace(second);
    expect([
      two.plans.size,
      two.orders.size,
      two.referrals.size,
      two.registers.size,
      two.meetings.size,
      two.scores.size,
    ]).toEqual([
      one.plans.size,
      one.orders.size,
      one.referrals.size,
      one.registers.size,
      one.meetings.size,
      one.scores.size,
    ]);
    for (const plan of two.plans.values()) {
      expect(one.plans.has(plan.id)).toBe(false);
      for (const id of plan.subjectIds) expect(two.entities.has(id)).toBe(true);
    }
    for (const { order } of two.orders.values()) {
      expect(two.plans.has(order.planId!)).toBe(true);
      for (const id of order.boundIds) expect(two.entities.has(id)).toBe(true);
    }
    const planId = [...two.plans.keys()][0]!;
    const lro = two.plans.get(planId)!.lro;
    await session.history.execute(
      signOffPlanCommand(
        planId,
        { by: lro, on: '2026-11-01', nextReview: '2026-12-01' },
        '2026-11-01',
      ),
    );
    expect(loaded(session).plans.get(planId)?.reviewDate).toBe('2026-12-01');
    await expect(
      session.history.execute(
        signOffPlanCommand(planId, { by: 'Someone else', on: '2026-11-01' }, '2026-11-01'),
      ),
    ).rejects.toThrow(/Lead Responsible Officer/);
  });
});
