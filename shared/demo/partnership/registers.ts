import type { RegisterEntry } from '../../registers';
import { ent, rec } from './ids';

const reg = (key: string, entry: RegisterEntry) => ({ id: rec('reg', key), entry });

/** What the registers know beyond the map: tenancies, landlords, visits, handset changes, bulk texts. Data table. */
export const DEMO_REGISTER_ENTRIES = [
  reg('pellow', {
    kind: 'cuckooed_address',
    entityId: ent('loc_pellow'),
    tenure: 'social',
    landlord: 'Kestrelford Homes',
    tenancyReference: 'KH/PC/0014',
    visits: [
      {
        on: '2026-09-10',
        by: 'PCSO K. Lindqvist',
        purpose: 'Welfare visit',
        outcome: 'Occupant alone; said visitors come most evenings.',
      },
      {
        on: '2026-10-21',
        by: 'Kestrelford Police and Kestrelford Homes',
        purpose: 'Closure notice served',
        outcome: 'Occupant stays; locks changed.',
      },
      {
        on: '2026-10-28',
        by: 'Adult social care (R. Niven)',
        purpose: 'Welfare visit',
        outcome: 'Support plan agreed.',
      },
    ],
    notes: '',
  }),
  reg('kestrel29', {
    kind: 'cuckooed_address',
    entityId: ent('loc_kestrel29'),
    tenure: 'private_rented',
    landlord: 'Private landlord (details held by housing)',
    tenancyReference: '',
    visits: [
      {
        on: '2026-09-30',
        by: 'PCSO K. Lindqvist',
        purpose: 'Welfare visit',
        outcome: 'No answer; neighbour reports visitors at night.',
      },
    ],
    notes: '',
  }),
  reg('tony2', {
    kind: 'deal_line',
    entityId: ent('ph_tony2'),
    handsetChanges: [
      {
        on: '2026-05-02',
        handset: 'Basic feature phone, IMEI ending 4471',
        sim: 'replaced after a seizure',
        note: '',
      },
    ],
    bulkTexts: [
      { on: '2026-02-01', note: 'Launch text: "Tony back on new number"' },
      { on: '2026-05-03', note: '' },
      { on: '2026-09-14', note: '' },
    ],
    notes: '',
  }),
  reg('tony1', {
    kind: 'deal_line',
    entityId: ent('ph_tony1'),
    handsetChanges: [],
    bulkTexts: [{ on: '2025-01-06', note: '' }],
    notes: '',
  }),
  reg('blue', {
    kind: 'deal_line',
    entityId: ent('ph_blue'),
    handsetChanges: [],
    bulkTexts: [
      { on: '2025-09-05', note: '' },
      { on: '2026-10-20', note: 'Offer text sent to Kestrelford users' },
    ],
    notes: '',
  }),
];
