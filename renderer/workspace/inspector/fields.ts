import type { EntityKind, IntelItem } from '../../../shared/model';
import {
  CLASSIFICATIONS,
  LINK_KINDS,
  LOCATION_USES,
  NOMINAL_ROLES,
  formatGrade,
} from '../../../shared/model';
import { gradeFields } from './gradeFields';
import { SAFEGUARDING_FIELDS } from './safeguardingFields';

export type FieldType =
  'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'list' | 'choices';

export interface FieldSpec {
  /** Dotted path into the record, e.g. `attrs.dateOfBirth`; also the key of its error. */
  path: string;
  label: string;
  type: FieldType;
  options?: readonly { value: string; label: string }[];
  hint?: string;
  /** Fields sharing a group are drawn together under its name (a fieldset and legend). */
  group?: string;
}

const opts = (values: readonly string[], words?: Record<string, string>) =>
  values.map((value) => ({ value, label: words?.[value] ?? value.replace(/_/g, ' ') }));

export const CLASSIFICATION: FieldSpec = {
  path: 'classification',
  label: 'Classification',
  type: 'select',
  options: opts(CLASSIFICATIONS),
};

const ALIASES: FieldSpec = {
  path: 'attrs.aliases',
  label: 'Aliases',
  type: 'list',
  hint: 'Separate with commas',
};

const KIND_FIELDS: Record<EntityKind, FieldSpec[]> = {
  nominal: [
    { path: 'attrs.forenames', label: 'Forenames', type: 'text' },
    { path: 'attrs.surname', label: 'Surname', type: 'text' },
    ALIASES,
    { path: 'attrs.dateOfBirth', label: 'Date of birth', type: 'date' },
    { path: 'attrs.gender', label: 'Gender', type: 'text' },
    {
      path: 'attrs.roles',
      label: 'Roles (a child can be a victim and a suspect)',
      type: 'choices',
      options: opts(NOMINAL_ROLES),
    },
    ...SAFEGUARDING_FIELDS,
  ],
  ocg: [
    ALIASES,
    { path: 'attrs.area', label: 'Area', type: 'text' },
    { path: 'attrs.activity', label: 'Activity', type: 'textarea' },
  ],
  usg: [
    ALIASES,
    { path: 'attrs.area', label: 'Area', type: 'text' },
    { path: 'attrs.activity', label: 'Activity', type: 'textarea' },
  ],
  location: [
    { path: 'attrs.address', label: 'Address', type: 'textarea' },
    { path: 'attrs.postcode', label: 'Postcode', type: 'text' },
    { path: 'attrs.use', label: 'Use', type: 'select', options: opts(LOCATION_USES) },
    { path: 'attrs.lat', label: 'Latitude', type: 'number' },
    { path: 'attrs.lon', label: 'Longitude', type: 'number' },
  ],
  phone: [
    {
      path: 'attrs.number',
      label: 'Number (E.164)',
      type: 'text',
      hint: 'For example +447700900123',
    },
    { path: 'attrs.dealLineBrand', label: 'Deal-line brand', type: 'text' },
    { path: 'attrs.handset', label: 'Handset', type: 'text' },
  ],
  vehicle: [
    { path: 'attrs.registration', label: 'Registration', type: 'text' },
    { path: 'attrs.make', label: 'Make', type: 'text' },
    { path: 'attrs.model', label: 'Model', type: 'text' },
    { path: 'attrs.colour', label: 'Colour', type: 'text' },
  ],
  organisation: [
    { path: 'attrs.sector', label: 'Sector', type: 'text' },
    { path: 'attrs.registeredNumber', label: 'Registered number', type: 'text' },
  ],
  other: [{ path: 'attrs.type', label: 'Type (from the source)', type: 'text' }],
};

export function entityFields(kind: EntityKind): FieldSpec[] {
  return [
    { path: 'label', label: 'Label', type: 'text' },
    ...KIND_FIELDS[kind],
    CLASSIFICATION,
    { path: 'reviewDate', label: 'Review date', type: 'date' },
    { path: 'notes', label: 'Notes', type: 'textarea' },
  ];
}

export const LINK_FIELDS: FieldSpec[] = [
  {
    path: 'kind',
    label: 'Kind of link',
    type: 'select',
    options: opts(
      Object.keys(LINK_KINDS),
      Object.fromEntries(Object.entries(LINK_KINDS).map(([k, v]) => [k, v.label])),
    ),
  },
  { path: 'label', label: 'Label', type: 'text' },
  {
    path: 'strength',
    label: 'Strength (1 weak to 5 strong)',
    type: 'select',
    options: opts(['1', '2', '3', '4', '5']),
  },
  { path: 'firstSeen', label: 'First seen', type: 'date' },
  { path: 'lastSeen', label: 'Last seen', type: 'date' },
  ...gradeFields('(not graded)', 'Grade (3x5x2)'),
  CLASSIFICATION,
  { path: 'notes', label: 'Notes', type: 'textarea' },
];

/**
 * Provenance is edited as a list of the workspace's intelligence items, newest first, each
 * named by what tells it apart: reference, date, grade and the start of its summary.
 */
export function provenanceField(items: readonly IntelItem[]): FieldSpec {
  const newestFirst = [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    path: 'provenance',
    label: 'Provenance (intelligence items)',
    type: 'choices',
    options: newestFirst.map((i) => ({ value: i.id, label: intelChoiceLabel(i) })),
  };
}

/** "KF/IR/24/0117, 2024-10-14, 2B P: Neighbour reports young males…" */
export function intelChoiceLabel(item: IntelItem): string {
  const summary = item.summary.length > 80 ? `${item.summary.slice(0, 79)}…` : item.summary;
  const head = `${item.reference}, ${item.date}, ${formatGrade(item.grade)}`;
  return summary ? `${head}: ${summary}` : head;
}
