import { describe, expect, it } from 'vitest';
import {
  editOrderDetails,
  orderSchema,
  transitionOrder,
  type OrderDetails,
} from '../../../shared/orders';
import { findTactic, type Tactic } from '../../../shared/plans';

const closure = findTactic('closure_order') as Tactic;
const PLACE = 'ent_00000000000000000001';
const OTHER = 'ent_00000000000000000002';
const draft = orderSchema.parse({
  powerId: 'closure_order',
  boundIds: [PLACE],
  leadAgencyKind: 'police',
  leadAgency: 'Kestrelford Police',
});
const details = (patch: Partial<OrderDetails> = {}): OrderDetails => ({
  boundIds: [PLACE],
  leadAgencyKind: 'police',
  leadAgency: 'Kestrelford Police',
  court: '',
  reference: '',
  conditions: [],
  notes: '',
  ...patch,
});

describe('correcting an order outside its lifecycle', () => {
  it('changes what it binds, its lead and reference, trimmed and without repeats, and nothing else', () => {
    const out = editOrderDetails(
      draft,
      details({
        boundIds: [PLACE, OTHER, PLACE],
        leadAgencyKind: 'council_community_safety',
        leadAgency: ' Kestrelford Council ',
        reference: ' CO-1 ',
        conditions: ['No entry but the occupant'],
      }),
      closure,
    );
    expect(out).toMatchObject({
      boundIds: [PLACE, OTHER],
      leadAgency: 'Kestrelford Council',
      reference: 'CO-1',
      status: 'draft',
      conditions: ['No entry but the occupant'],
    });
  });

  it('refuses an order binding nothing, a lead the power does not allow, and a decided order losing its court', () => {
    expect(() => editOrderDetails(draft, details({ boundIds: [] }), closure)).toThrow(
      'Say whom or what the order binds.',
    );
    expect(() => editOrderDetails(draft, details({ leadAgencyKind: 'housing' }), closure)).toThrow(
      /is used by .*, not by/,
    );
    const applied = transitionOrder(draft, 'applied', { on: '2026-10-20' }, closure, '2026-11-01');
    const granted = transitionOrder(
      applied,
      'granted',
      { on: '2026-10-21', court: "Kestrelford Magistrates' Court" },
      closure,
      '2026-11-01',
    );
    expect(() => editOrderDetails(granted, details({ court: ' ' }), closure)).toThrow(
      /keep its name/,
    );
    expect(
      editOrderDetails(granted, details({ court: 'Ravensholt Magistrates' }), closure).court,
    ).toBe('Ravensholt Magistrates');
  });
});
