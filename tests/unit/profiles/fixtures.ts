import {
  entitySchema,
  intelItemSchema,
  linkSchema,
  type Entity,
  type IntelItem,
  type Link,
} from '../../../shared/model';

/** Hand-built records for the profile, safeguarding and review tests. */
const WS = 'ws_00000000000000000001';
const AT = '2025-01-01T09:00:00.000Z';

export const id = (prefix: string, n: number): string =>
  `${prefix}_${n.toString(16).padStart(20, '0')}`;

export function nominal(
  n: number,
  label: string,
  attrs: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Entity {
  return entitySchema.parse({
    id: id('ent', n),
    workspaceId: WS,
    kind: 'nominal',
    label,
    attrs,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  });
}

export function entity(
  n: number,
  kind: Entity['kind'],
  label: string,
  attrs: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Entity {
  return entitySchema.parse({
    id: id('ent', n),
    workspaceId: WS,
    kind,
    label,
    attrs,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  });
}

export function link(
  n: number,
  source: number,
  target: number,
  kind: Link['kind'],
  extra: Record<string, unknown> = {},
): Link {
  return linkSchema.parse({
    id: id('lnk', n),
    workspaceId: WS,
    source: id('ent', source),
    target: id('ent', target),
    kind,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  });
}

export function intel(
  n: number,
  reference: string,
  grade: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): IntelItem {
  return intelItemSchema.parse({
    id: id('int', n),
    workspaceId: WS,
    reference,
    date: '2024-06-01',
    grade,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  });
}

export const P = (source = '2', intelligence = 'B') => ({
  scheme: '3x5x2',
  source,
  intelligence,
  handling: 'P',
});
export const C = (conditions: string) => ({
  scheme: '3x5x2',
  source: '1',
  intelligence: 'A',
  handling: 'C',
  conditions,
});
export const legacy = (handling: string) => ({
  scheme: '5x5x5',
  source: 'B',
  intelligence: '2',
  handling,
});

/**
 * Red Lane OCG. Items 5, 6 and 7 and several intel items must never reach a housing officer;
 * their labels carry WITHHELD so a leak is easy to search for.
 */
export function redLane() {
  const entities = [
    entity(1, 'ocg', 'Red Lane OCG', { area: 'Runcorn', activity: 'Class A supply by deal line' }),
    nominal(
      2,
      'Marcus Reid',
      { forenames: 'Marcus', surname: 'Reid', roles: ['suspect'] },
      { provenance: [id('int', 1)] },
    ),
    nominal(3, 'Dean Price', { roles: ['suspect'] }),
    nominal(4, 'Kayla Moss', {
      dateOfBirth: '2010-05-01',
      roles: ['victim'],
      safeguarding: {
        missingEpisodes: 3,
        cceRisk: 'high',
        assessedBy: 'DS Patel',
        assessedOn: '2025-01-10',
      },
    }),
    nominal(5, 'WITHHELD-SECRET Jordan Vale', { roles: ['suspect'] }, { classification: 'SECRET' }),
    nominal(6, 'WITHHELD-COND Lee Hart', { roles: ['associate'] }, { provenance: [id('int', 3)] }),
    nominal(7, 'WITHHELD-LEGACY Sam Orr', { roles: ['suspect'] }, { provenance: [id('int', 4)] }),
    nominal(8, 'Tom Bright', { dateOfBirth: '2008-02-02', roles: ['suspect', 'victim'] }),
    entity(9, 'location', '14 Sycamore Close', {
      address: '14 Sycamore Close',
      postcode: 'WA7 1AA',
      use: 'cuckooed',
    }),
    nominal(
      10,
      'Edna Lowe',
      { safeguarding: { vulnerable: true } },
      { notes: 'WITHHELD-NOTE met at GP surgery' },
    ),
  ];
  const links = [
    link(1, 2, 1, 'controls', {
      grade: P('1', 'A'),
      firstSeen: '2024-03-01',
      lastSeen: '2024-11-01',
      strength: 5,
    }),
    link(2, 3, 1, 'member_of', { grade: P() }),
    link(3, 8, 1, 'member_of', { grade: P() }),
    link(4, 2, 4, 'exploits', { grade: P() }),
    link(5, 2, 5, 'associate'),
    link(6, 6, 1, 'member_of'),
    link(7, 7, 1, 'member_of'),
    link(8, 3, 8, 'co_offends', { grade: C('#police-only not for partners') }),
    link(9, 10, 9, 'resides_at', { grade: P() }),
    link(10, 3, 9, 'frequents', { grade: legacy('2') }),
  ];
  const intelItems = [
    intel(1, 'IR/001', P(), { summary: 'Reid directs the Red Lane line.' }),
    intel(2, 'WITHHELD-IR/002', P(), {
      classification: 'SECRET',
      summary: 'WITHHELD covert source report',
    }),
    intel(3, 'WITHHELD-IR/003', C('#mash-only for the MASH only'), {
      summary: 'WITHHELD conditional report',
    }),
    intel(4, 'WITHHELD-IR/004', legacy('4'), { summary: 'WITHHELD legacy internal report' }),
    intel(5, 'IR/005', legacy('2'), { summary: 'Legacy report that councils may see.' }),
  ];
  return { entities, links, intelItems };
}

export const housing = {
  agency: 'Halton Housing',
  agencyType: 'housing',
  role: 'Tenancy enforcement officer',
  clearance: 'OFFICIAL-SENSITIVE',
  mayReceiveConditional: false,
} as const;
