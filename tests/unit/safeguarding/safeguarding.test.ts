import { describe, expect, it } from 'vitest';
import type { EntityOf } from '../../../shared/model';
import { disruptionPlanSchema } from '../../../shared/plans';
import {
  cuckooedOccupantIds,
  describeRoles,
  isExploitedChild,
  rolesFor,
  safeguardingView,
} from '../../../shared/safeguarding';
import { entity, id, link, nominal, redLane } from '../profiles/fixtures';

const person = (roles: string[]) => nominal(50, 'X', { roles }) as EntityOf<'nominal'>;

describe('describeRoles', () => {
  it('never says suspect for a victim-only person, and says both when both are recorded', () => {
    expect(describeRoles(person(['victim']))).toBe('Victim');
    expect(describeRoles(person(['victim', 'witness']))).toBe('Victim and witness');
    expect(describeRoles(person(['suspect', 'victim']))).toBe(
      'Victim and suspect (recorded as both a victim and a suspect)',
    );
    expect(describeRoles(person(['suspect', 'enabler', 'associate']))).toBe(
      'Associate, professional enabler and suspect',
    );
    expect(describeRoles(person([]))).toBe('Role not recorded');
    expect(describeRoles(person(['victim', 'associate', 'witness', 'enabler']))).not.toMatch(
      /suspect/i,
    );
  });
});

describe('cuckooed occupants', () => {
  it('finds occupants by attribute, by resides_at, and by a cuckooed link unless the person is only an offender', () => {
    const entities = [
      entity(60, 'location', 'Flat 1', { use: 'home' }),
      nominal(61, 'Occupant by link', {}),
      nominal(62, 'Offender', { roles: ['suspect'] }),
      nominal(63, 'Resident', { roles: ['suspect'] }),
      nominal(64, 'Flagged', { safeguarding: { cuckooedOccupant: true } }),
      nominal(65, 'Lives elsewhere', {}),
      entity(66, 'location', 'Flat 2', { use: 'home' }),
    ];
    const links = [
      link(60, 61, 60, 'cuckooed'),
      link(61, 62, 60, 'cuckooed'),
      link(62, 63, 60, 'resides_at'),
      link(63, 65, 66, 'resides_at'),
    ];
    expect([...cuckooedOccupantIds(entities, links)].sort()).toEqual([
      id('ent', 61),
      id('ent', 63),
      id('ent', 64),
    ]);
  });
});

describe('safeguardingView', () => {
  const { entities, links } = redLane();
  const plan = disruptionPlanSchema.parse({
    id: id('pln', 1),
    workspaceId: 'ws_00000000000000000001',
    subjectIds: [id('ent', 1)],
    lro: 'DI Carter',
    actions: [
      {
        id: id('act', 1),
        pillar: 'protect',
        tacticId: 'nrm_referral',
        leadAgency: 'Police',
        targetIds: [id('ent', 4)],
        owner: 'DC Bell',
        dueDate: '2025-05-01',
      },
      {
        id: id('act', 2),
        pillar: 'pursue',
        tacticId: 'closure_notice',
        leadAgency: 'Police',
        targetIds: [id('ent', 4)],
        owner: 'DC Bell',
        dueDate: '2025-05-01',
      },
      {
        id: id('act', 3),
        pillar: 'protect',
        tacticId: 'safeguarding_referral',
        leadAgency: 'CSC',
        targetIds: [id('ent', 4)],
        owner: 'SW Ahmed',
        dueDate: '2025-01-01',
        status: 'done',
        outcome: 'Strategy meeting held',
      },
    ],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
  const view = safeguardingView({
    entities,
    links,
    day: '2025-06-01',
    plans: [plan],
    exposure: { [id('ent', 4)]: 0.8 },
  });

  it('lists everyone flagged, highest risk first, then children', () => {
    expect(view.map((v) => v.label)).toEqual(['Kayla Moss', 'Tom Bright', 'Edna Lowe']);
    expect(view[1]?.indicators.map((i) => i.code)).toEqual(['child']);
    expect(view[2]?.indicators.map((i) => i.code)).toEqual([
      'flagged_vulnerable',
      'cuckooed_occupant',
    ]);
  });

  it('carries assessor, date, review due, open safeguarding actions and exposure', () => {
    const kayla = view[0]!;
    expect(kayla).toMatchObject({
      risk: 'high',
      assessedBy: 'DS Patel',
      assessedOn: '2025-01-10',
      assessmentReviewOn: '2025-04-10',
      reviewDue: true,
      exposure: 0.8,
      roles: 'Victim of exploitation (child)',
    });
    expect(kayla.openActions.map((a) => [a.tacticId, a.overdue])).toEqual([['nrm_referral', true]]);
  });

  it('treats a child as a child only until the eighteenth birthday', () => {
    const tomOn = (day: string) =>
      safeguardingView({ entities, links, day }).find((v) => v.label === 'Tom Bright');
    expect(tomOn('2026-02-01')).toBeDefined();
    expect(tomOn('2026-02-02')).toBeUndefined();
  });

  it('uses the record review date too', () => {
    const e = [
      nominal(70, 'Reviewed', { safeguarding: { vulnerable: true } }, { reviewDate: '2025-06-01' }),
    ];
    expect(safeguardingView({ entities: e, links: [], day: '2025-05-31' })[0]?.reviewDue).toBe(
      false,
    );
    expect(safeguardingView({ entities: e, links: [], day: '2025-06-01' })[0]?.reviewDue).toBe(
      true,
    );
  });
});

describe('rolesFor (child first)', () => {
  const child = (roles: string[], safeguarding?: object) =>
    ({
      kind: 'nominal',
      attrs: {
        roles,
        dateOfBirth: '2010-01-01',
        aliases: [],
        forenames: '',
        surname: '',
        safeguarding,
      },
    }) as never;

  it('calls an exploited child a victim to partners, whatever else is recorded', () => {
    const tyler = child(['victim', 'suspect']);
    expect(isExploitedChild(tyler, '2026-11-01')).toBe(true);
    expect(rolesFor(tyler, { exploitedChild: true, audience: 'partner' })).toBe(
      'Victim of exploitation (child)',
    );
    expect(
      rolesFor(tyler, { exploitedChild: true, audience: 'police', context: ['Child (aged 16)'] }),
    ).toBe(
      'Victim of exploitation (child). Also recorded by police as suspect: safeguarding context: Child (aged 16)',
    );
  });

  it('treats a suspect child assessed for CCE risk as exploited, and an adult by their roles', () => {
    expect(isExploitedChild(child(['suspect'], { cceRisk: 'high' }), '2026-11-01')).toBe(true);
    expect(isExploitedChild(child(['suspect']), '2026-11-01')).toBe(false);
    expect(isExploitedChild(child(['victim']), '2030-01-01')).toBe(false);
  });
});
