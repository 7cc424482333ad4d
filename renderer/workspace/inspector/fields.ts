import type { EntityKind } from '../../../shared/model';
import {
  CLASSIFICATIONS,
  INTELLIGENCE_ASSESSMENTS,
  LINK_KINDS,
  LOCATION_USES,
  NOMINAL_ROLES,
  SOURCE_EVALUATIONS,
  HANDLING_CODES,
} from '../../../shared/model';

export type FieldType =
  'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'list' | 'choices';

export interface FieldSpec {
  /** Dotted path into the record, e.g. `attrs.dateOfBirth`; also the key of its error. */
  path: string;
  label: string;
  type: FieldType;
  options?: readonly { value: string; label: string }[];
  hint?: string;
}

const opts = (values: readonly string[], words?: Record<string, string>) =>
  values.map((value) => ({ value, label: words?.[value] ?? value.replace(/_/g, ' ') }));

const CLASSIFICATION: FieldSpec = {
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
    { path: 'attrs.roles', label: 'Roles', type: 'choices', options: opts(NOMINAL_ROLES) },
    { path: 'attrs.safeguarding.vulnerable', label: 'Vulnerable (safeguarding)', type: 'checkbox' },
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

const blank = { value: '', label: '(not graded)' };

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
  {
    path: 'grade.source',
    label: 'Source evaluation',
    type: 'select',
    options: [
      blank,
      ...opts(['1', '2', '3']).map((o) => ({
        ...o,
        label: `${o.value}: ${SOURCE_EVALUATIONS[o.value as '1']}`,
      })),
    ],
  },
  {
    path: 'grade.intelligence',
    label: 'Intelligence assessment',
    type: 'select',
    options: [
      blank,
      ...opts(['A', 'B', 'C', 'D', 'E']).map((o) => ({
        ...o,
        label: `${o.value}: ${INTELLIGENCE_ASSESSMENTS[o.value as 'A']}`,
      })),
    ],
  },
  {
    path: 'grade.handling',
    label: 'Handling code',
    type: 'select',
    options: [
      blank,
      ...opts(['P', 'C']).map((o) => ({
        ...o,
        label: `${o.value}: ${HANDLING_CODES[o.value as 'P']}`,
      })),
    ],
  },
  { path: 'grade.conditions', label: 'Handling conditions', type: 'textarea' },
  CLASSIFICATION,
  { path: 'notes', label: 'Notes', type: 'textarea' },
];

/** Provenance is edited as a list of the workspace's intelligence items; built per workspace. */
export function provenanceField(
  items: readonly { id: string; reference: string; date: string }[],
): FieldSpec {
  return {
    path: 'provenance',
    label: 'Provenance (intelligence items)',
    type: 'choices',
    options: items.map((i) => ({ value: i.id, label: `${i.reference} (${i.date})` })),
  };
}
