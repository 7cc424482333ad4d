import {
  mappingSchema,
  tableFromCsv,
  type Mapping,
  type Table,
} from '../../../shared/formats/mapping';

export const WS = 'ws_00000000000000000001';
export const NOW = '2025-06-01T00:00:00.000Z';

export function counterIds() {
  let n = 0;
  return (prefix: string) => `${prefix}_${(++n).toString(16).padStart(20, '0')}`;
}

export function csv(text: string): Table {
  const t = tableFromCsv(new TextEncoder().encode(text));
  if (!t.ok) throw new Error(JSON.stringify(t.errors));
  return t.value;
}

/** A person, the phone they use and the address they live at, on each row. */
export const PERSON_PHONE_ADDRESS: Mapping = mappingSchema.parse({
  entities: [
    {
      key: 'person',
      kind: 'nominal',
      identity: 'Ref',
      fields: { forenames: 'First', surname: 'Last', dateOfBirth: 'DOB' },
    },
    { key: 'mobile', kind: 'phone', identity: 'Phone', fields: { number: 'Phone' } },
    { key: 'home', kind: 'location', fields: { address: 'Address', postcode: 'Postcode' } },
  ],
  links: [
    { from: 'person', to: 'mobile', kind: 'uses_phone', firstSeen: 'Seen', grade: 'Grade' },
    { from: 'person', to: 'home', kind: 'resides_at' },
  ],
});
