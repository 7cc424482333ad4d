/**
 * Editing and deleting safeguarding records, orders and board meetings: each a store command
 * with its audit event naming what changed, undoable; a meeting whose pack was sent stays.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createMeeting,
  createOrder,
  createSafeguardingRecord,
  deleteMeeting,
  deleteOrder,
  deleteSafeguardingRecord,
  recordBoardPackExport,
  updateMeeting,
  updateOrderDetailsCommand,
  updateSafeguardingRecord,
} from '../../../renderer/store/commands';
import { findTactic, type Tactic } from '../../../shared/plans';
import type { SafeguardingRecord } from '../../../shared/referrals';
import { loaded, seeded } from './helpers';

const closure = findTactic('closure_order') as Tactic;

describe('editing and deleting casework', () => {
  it('changes a safeguarding record, naming the fields, refuses a change of kind, and undoes', async () => {
    const { session, workspaceId, a } = await seeded();
    const nrm: SafeguardingRecord = {
      kind: 'nrm_referral',
      personId: a,
      referredOn: '2026-10-01',
      firstResponder: 'Kestrelford Police',
      consent: false,
      reasonableGrounds: 'pending',
      conclusiveGrounds: 'pending',
      reference: 'NRM-1',
      notes: '',
    };
    const created = createSafeguardingRecord(workspaceId, nrm);
    await session.history.execute(created);
    await session.history.execute(
      updateSafeguardingRecord(created.id, {
        ...nrm,
        reasonableGrounds: 'positive',
        reasonableGroundsOn: '2026-10-06',
      }),
    );
    expect(loaded(session).referrals.get(created.id)?.record).toMatchObject({
      reasonableGrounds: 'positive',
      reasonableGroundsOn: '2026-10-06',
    });
    const event = (await session.audit.list({ action: 'update' })).at(-1)!;
    expect(event.subject).toBe('safeguarding');
    expect(event.detail).toBe(
      'National Referral Mechanism referral: Changed reasonable grounds, reasonable grounds on',
    );
    await expect(
      session.history.execute(
        updateSafeguardingRecord(created.id, {
          kind: 'mash_referral',
          personId: a,
          referredOn: '2026-10-01',
          referredBy: 'Police',
          outcome: 'pending',
          reference: '',
          notes: '',
        }),
      ),
    ).rejects.toThrow(/cannot become a MASH referral/);
    await session.history.undo();
    expect(loaded(session).referrals.get(created.id)?.record).toMatchObject({
      reasonableGrounds: 'pending',
    });

    await session.history.execute(deleteSafeguardingRecord(created.id));
    expect(loaded(session).referrals.has(created.id)).toBe(false);
    await session.history.undo();
    expect(loaded(session).referrals.get(created.id)?.record).toEqual(nrm);
  });

  it('corrects an order, naming the fields, and deletes it undoably', async () => {
    const { session, workspaceId, a, b } = await seeded();
    const order = createOrder(
      workspaceId,
      {
        powerId: 'closure_order',
        boundIds: [a],
        leadAgencyKind: 'police',
        leadAgency: 'Kestrelford Police',
        court: '',
        reference: '',
        conditions: [],
        breaches: [],
        extensions: [],
        stepsDone: {},
        stepsNotApplicable: [],
        notes: '',
      },
      closure,
    );
    await session.history.execute(order);
    await session.history.execute(
      updateOrderDetailsCommand(
        order.id,
        {
          boundIds: [a, b],
          leadAgencyKind: 'police',
          leadAgency: 'Kestrelford Police',
          court: '',
          reference: 'CO-7',
          conditions: [],
          notes: '',
        },
        closure,
      ),
    );
    expect(loaded(session).orders.get(order.id)?.order).toMatchObject({
      boundIds: [a, b],
      reference: 'CO-7',
    });
    const event = (await session.audit.list({ action: 'update' })).at(-1)!;
    expect(event.detail).toBe('Closure order: Changed what it binds, reference');
    await session.history.execute(deleteOrder(order.id));
    expect(loaded(session).orders.has(order.id)).toBe(false);
    await session.history.undo();
    expect(loaded(session).orders.get(order.id)?.order.reference).toBe('CO-7');
  });

  it('edits a meeting, deletes one never sent, and keeps one whose pack went out', async () => {
    const { session, workspaceId } = await seeded();
    const meeting = {
      heldOn: '2026-11-05',
      title: 'Board',
      chair: '',
      minimumMarking: 'OFFICIAL-SENSITIVE' as const,
    };
    const m = createMeeting(workspaceId, meeting);
    await session.history.execute(m);
    await session.history.execute(
      updateMeeting(m.id, { ...meeting, title: 'November board', chair: 'Supt. Harcourt' }),
    );
    expect(loaded(session).meetings.get(m.id)?.meeting.title).toBe('November board');
    expect((await session.audit.list({ action: 'update' })).at(-1)?.detail).toBe(
      'Board meeting 2026-11-05: Changed title, chair',
    );
    await session.history.execute(deleteMeeting(m.id));
    expect(loaded(session).meetings.has(m.id)).toBe(false);
    await session.history.undo();
    expect(loaded(session).meetings.has(m.id)).toBe(true);

    await session.history.execute(
      recordBoardPackExport(m.id, {
        at: '2026-11-04T10:00:00.000Z',
        by: 'DC Test',
        format: 'html',
        marking: 'OFFICIAL-SENSITIVE',
        entityIds: [],
        planIds: [],
      }),
    );
    await expect(session.history.execute(deleteMeeting(m.id))).rejects.toThrow(
      /cannot be deleted: its board pack has been sent once/,
    );
    expect(loaded(session).meetings.get(m.id)?.exports).toHaveLength(1);
  });
});
