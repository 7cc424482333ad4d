import type { Entity, IntelItem, Link } from '../../../shared/model';
import type { WorkspaceRecords } from '../../../shared/formats/records';

/** A small, fictional workspace touching every entity kind, both grading schemes and call links. */
export const WS = 'ws_00000000000000000001';
const T = '2024-05-01T09:30:00.000Z';
const id = (prefix: string, n: number) => `${prefix}_${n.toString(16).padStart(20, '0')}`;
const base = {
  workspaceId: WS,
  createdAt: T,
  updatedAt: T,
  classification: 'OFFICIAL' as const,
  notes: '',
  provenance: [] as string[],
};

export const intel: IntelItem[] = [
  {
    id: id('int', 1),
    workspaceId: WS,
    reference: 'IR/2024/0117',
    date: '2024-03-02',
    grade: {
      scheme: '3x5x2',
      source: '1',
      intelligence: 'B',
      handling: 'C',
      conditions: 'Not to be shared with housing',
    },
    summary: 'Subject seen at the address with two youths, "Tall" & a runner.',
    classification: 'OFFICIAL-SENSITIVE',
    createdAt: T,
    updatedAt: T,
  },
  {
    id: id('int', 2),
    workspaceId: WS,
    reference: 'LEGACY/09/44',
    date: '2012-11-30',
    grade: { scheme: '5x5x5', source: 'B', intelligence: '2', handling: '4' },
    summary: 'Older report.',
    classification: 'OFFICIAL',
    createdAt: T,
    updatedAt: T,
  },
];

export const entities: Entity[] = [
  {
    ...base,
    id: id('ent', 1),
    kind: 'nominal',
    label: 'Dean “Tall” O’Neill',
    notes: 'Line 1\nLine 2 <b>not html</b>',
    provenance: [id('int', 1)],
    reviewDate: '2026-01-31',
    attrs: {
      forenames: 'Dean',
      surname: "O'Neill",
      aliases: ['Tall', 'DJ'],
      dateOfBirth: '2001-02-03',
      roles: ['suspect'],
      safeguarding: {
        vulnerable: false,
        missingEpisodes: 0,
        lookedAfter: false,
        excludedOrReducedTimetable: false,
        cuckooedOccupant: false,
      },
    },
  },
  {
    ...base,
    id: id('ent', 2),
    kind: 'nominal',
    label: 'Child A',
    classification: 'OFFICIAL-SENSITIVE',
    attrs: {
      forenames: '',
      surname: '',
      aliases: [],
      roles: ['victim', 'suspect'],
      safeguarding: {
        vulnerable: true,
        missingEpisodes: 4,
        lookedAfter: true,
        excludedOrReducedTimetable: true,
        cuckooedOccupant: false,
        cceRisk: 'high',
      },
    },
  },
  {
    ...base,
    id: id('ent', 3),
    kind: 'ocg',
    label: 'Eastside OCG',
    attrs: { aliases: ['ES'], area: 'Eastside' },
  },
  { ...base, id: id('ent', 4), kind: 'usg', label: 'YK Gang', attrs: { aliases: [] } },
  {
    ...base,
    id: id('ent', 5),
    kind: 'location',
    label: '12 Mill Lane',
    attrs: {
      address: '12 Mill Lane, Anytown',
      postcode: 'AN1 2BC',
      use: 'cuckooed',
      lat: 52.5,
      lon: -1.25,
    },
  },
  {
    ...base,
    id: id('ent', 6),
    kind: 'phone',
    label: 'Deal line',
    attrs: { number: '+447700900123', dealLineBrand: 'Jay' },
  },
  {
    ...base,
    id: id('ent', 7),
    kind: 'phone',
    label: '+447700900456',
    attrs: { number: '+447700900456' },
  },
  {
    ...base,
    id: id('ent', 8),
    kind: 'vehicle',
    label: 'AB12 CDE',
    attrs: { registration: 'AB12 CDE', make: 'Ford', colour: 'Blue' },
  },
  {
    ...base,
    id: id('ent', 9),
    kind: 'organisation',
    label: 'Quick Wash Ltd',
    attrs: { sector: 'Car wash', registeredNumber: '01234567' },
  },
];

const link = (
  n: number,
  source: number,
  target: number,
  rest: Partial<Link> & Pick<Link, 'kind'>,
): Link => ({
  ...base,
  id: id('lnk', n),
  source: id('ent', source),
  target: id('ent', target),
  label: '',
  strength: 3,
  ...rest,
});

export const links: Link[] = [
  link(1, 1, 3, {
    kind: 'member_of',
    strength: 5,
    provenance: [id('int', 1)],
    grade: { scheme: '3x5x2', source: '2', intelligence: 'A', handling: 'P' },
  }),
  link(2, 1, 2, {
    kind: 'exploits',
    firstSeen: '2024-01-01',
    lastSeen: '2024-03-31',
    label: 'uses as runner',
    grade: { scheme: '5x5x5', source: 'C', intelligence: '3', handling: '1' },
    provenance: [id('int', 2)],
  }),
  link(3, 2, 5, { kind: 'cuckooed' }),
  link(4, 1, 6, { kind: 'runs_line', notes: 'Brand "Jay"' }),
  link(5, 6, 7, {
    kind: 'calls',
    callCount: 14,
    callSeconds: 930,
    firstSeen: '2024-02-01',
    lastSeen: '2024-02-20',
  }),
  link(6, 1, 8, { kind: 'uses_vehicle' }),
  link(7, 9, 3, { kind: 'associate' }),
  link(8, 1, 3, { kind: 'controls', strength: 2 }),
  link(9, 3, 4, { kind: 'rival_of' }),
];

export function sampleRecords(): WorkspaceRecords {
  return structuredClone({ entities, links, intel });
}

/** Deterministic ids for imports, so tests can compare whole documents. */
export function counterIds(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}_${(++n).toString(16).padStart(20, 'a')}`;
}
