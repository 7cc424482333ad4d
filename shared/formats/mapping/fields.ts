import type { EntityKind } from '../../model';

/** How a cell becomes a field value. */
export type FieldType = 'text' | 'date' | 'phone' | 'postcode' | 'vrm' | 'list';

export interface MappableField {
  /** Where it lands: an `attrs` key, or `notes` / `reviewDate` on the record itself. */
  name: string;
  label: string;
  type: FieldType;
  inAttrs: boolean;
}

const attr = (name: string, label: string, type: FieldType = 'text'): MappableField => ({
  name,
  label,
  type,
  inAttrs: true,
});

const COMMON: MappableField[] = [
  { name: 'notes', label: 'Notes', type: 'text', inAttrs: false },
  { name: 'reviewDate', label: 'Review date', type: 'date', inAttrs: false },
];

const GROUP = [
  attr('aliases', 'Aliases (separated by ;)', 'list'),
  attr('area', 'Area'),
  attr('activity', 'Activity'),
];

/** The fields a column can feed, per entity kind, in the order the mapping editor lists them. */
export const MAPPABLE_FIELDS: Record<EntityKind, MappableField[]> = {
  nominal: [
    attr('forenames', 'Forenames'),
    attr('surname', 'Surname'),
    attr('aliases', 'Aliases (separated by ;)', 'list'),
    attr('dateOfBirth', 'Date of birth', 'date'),
    attr('gender', 'Gender'),
    ...COMMON,
  ],
  ocg: [...GROUP, ...COMMON],
  usg: [...GROUP, ...COMMON],
  location: [attr('address', 'Address'), attr('postcode', 'Postcode', 'postcode'), ...COMMON],
  phone: [
    attr('number', 'Number', 'phone'),
    attr('dealLineBrand', 'Deal-line brand'),
    attr('handset', 'Handset'),
    ...COMMON,
  ],
  vehicle: [
    attr('registration', 'Registration', 'vrm'),
    attr('make', 'Make'),
    attr('model', 'Model'),
    attr('colour', 'Colour'),
    ...COMMON,
  ],
  organisation: [
    attr('sector', 'Sector'),
    attr('registeredNumber', 'Registered number'),
    ...COMMON,
  ],
  other: [attr('type', 'Type'), ...COMMON],
};

/** The field that names the entity when no label column is mapped. */
export const NATURAL_KEY: Partial<Record<EntityKind, string>> = {
  phone: 'number',
  vehicle: 'registration',
  location: 'address',
};

export function fieldOf(kind: EntityKind, name: string): MappableField | undefined {
  return MAPPABLE_FIELDS[kind].find((f) => f.name === name);
}
