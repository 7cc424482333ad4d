import { RISK_LEVELS } from '../../../shared/model';
import type { FieldSpec } from './fields';

const GROUP = 'Safeguarding';
const risk = (path: string, label: string): FieldSpec => ({
  path,
  label,
  type: 'select',
  group: GROUP,
  options: [
    { value: '', label: 'not assessed' },
    ...RISK_LEVELS.map((r) => ({ value: r, label: r })),
  ],
});

/**
 * A person's safeguarding facts, edited where the person is (not only on the Safeguarding
 * screen): vulnerability, CCE and CSE risk with who assessed it and when, missing episodes,
 * care, education and cuckooing.
 */
export const SAFEGUARDING_FIELDS: FieldSpec[] = [
  {
    path: 'attrs.safeguarding.vulnerable',
    label: 'Vulnerable (safeguarding)',
    type: 'checkbox',
    group: GROUP,
  },
  risk('attrs.safeguarding.cceRisk', 'CCE risk (criminal exploitation)'),
  risk('attrs.safeguarding.cseRisk', 'CSE risk (sexual exploitation)'),
  {
    path: 'attrs.safeguarding.assessedBy',
    label: 'Risk assessed by',
    type: 'text',
    group: GROUP,
    hint: 'Needed with a CCE or CSE risk: the person and service',
  },
  {
    path: 'attrs.safeguarding.assessedOn',
    label: 'Risk assessed on',
    type: 'date',
    group: GROUP,
  },
  {
    path: 'attrs.safeguarding.missingEpisodes',
    label: 'Missing episodes',
    type: 'number',
    group: GROUP,
  },
  {
    path: 'attrs.safeguarding.lookedAfter',
    label: 'Looked after (in care)',
    type: 'checkbox',
    group: GROUP,
  },
  {
    path: 'attrs.safeguarding.excludedOrReducedTimetable',
    label: 'Excluded or on a reduced timetable',
    type: 'checkbox',
    group: GROUP,
  },
  {
    path: 'attrs.safeguarding.cuckooedOccupant',
    label: 'Occupant of a cuckooed address',
    type: 'checkbox',
    group: GROUP,
  },
  { path: 'attrs.safeguarding.notes', label: 'Safeguarding notes', type: 'textarea', group: GROUP },
];
