/**
 * Fictional import data for the benchmark: invented names, Ofcom's drama mobile range
 * (07700 900000-900999) and postcodes in the ZZ area, which no real address uses.
 */

import { seededRandom } from '../../../shared/demo/deterministic';
import { mappingSchema, type Mapping } from '../../../shared/formats/mapping';

// prettier-ignore
const FORENAMES = [
  'Ashlyn', 'Bexley', 'Corran', 'Dacey', 'Elowen', 'Fenwick', 'Garnet', 'Hollis', 'Isolde',
  'Jarrah', 'Keelan', 'Lorcan', 'Marlow', 'Nerys', 'Orrin', 'Perrin', 'Quillon', 'Rowan',
  'Sorcha', 'Tamsin', 'Ulric', 'Verity', 'Wrenna', 'Yestin', 'Zephyr', 'Ailsa', 'Brannoc',
  'Cadoc', 'Delphine', 'Eiluned',
];
// prettier-ignore
const SURNAMES = [
  'Ashgrove', 'Brackenby', 'Coldharbour', 'Dunmere', 'Elderwick', 'Fallowfield', 'Greystoke',
  'Hawthorne', 'Ironside', 'Juniper', 'Kestrelby', 'Larkspur', 'Moorcroft', 'Nettlebed',
  'Oakenshaw', 'Pendlebury', 'Quarrendon', 'Ravensworth', 'Stonebridge', 'Thistlewood',
  'Underhill', 'Vardy-Lowe', 'Whinmoor', 'Yarrowby', 'Zennor', 'Alderbrook', 'Birchall',
  'Copperfield', 'Drummond-Fey', 'Eastwold',
];
// prettier-ignore
const STREETS = [
  'Larch Way', 'Quarry Lane', 'Mill Row', 'Tanner Street', 'Heron Close', 'Foundry Road',
  'Chapel Walk', 'Orchard Rise', 'Wharf Court', 'Beacon Parade', 'Kiln Gardens', 'Ropewalk',
];
const TOWNS = ['Zedbury', 'Quenford', 'Harrowdale', 'Wexmoor', 'Calderby', 'Thornwick'];
const RELATIONSHIPS = ['line holder', 'runner', 'associate', 'user', 'family', 'partner'];
const GRADES = ['1A P', '2B P', '3C P', '2A P', '1B P'];

export const SPREADSHEET_COLUMNS = [
  'Nominal ref',
  'Forenames',
  'Surname',
  'Date of birth',
  'Phone',
  'Address',
  'Postcode',
  'Relationship',
  'Date seen',
  'Grade',
] as const;

/** One spreadsheet row as an Excel user would have it: dates as Dates, everything else text. */
export interface SheetRow {
  ref: string;
  forenames: string;
  surname: string;
  dateOfBirth: Date | null;
  phone: string;
  address: string;
  postcode: string;
  relationship: string;
  seen: Date | null;
  grade: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dmy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

/** The drama number as analysts type it: three spellings of the same E.164 number. */
function phoneSpelling(n: number, style: number): string {
  const local = pad(n, 3);
  if (style === 0) return `07700 900${local}`;
  if (style === 1) return `+44 7700 900${local}`;
  return `07700900${local}`;
}

/**
 * Rows drawn from a fixed population (about one nominal per four rows, phones from the 1,000
 * drama numbers, one address per two nominals), so later rows repeat entities and links as a
 * real intelligence spreadsheet does and the mapping's merging is exercised.
 */
export function sheetRows(count: number, seed = 5): SheetRow[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const nominals = Math.max(10, Math.round(count / 4));
  const people = Array.from({ length: nominals }, (_, i) => ({
    ref: `N${pad(i + 1, 6)}`,
    forenames: pick(FORENAMES),
    surname: pick(SURNAMES),
    dateOfBirth:
      rand() < 0.15
        ? null
        : new Date(
            Date.UTC(
              1965 + Math.floor(rand() * 45),
              Math.floor(rand() * 12),
              1 + Math.floor(rand() * 28),
            ),
          ),
    address: Math.floor(rand() * Math.max(5, nominals / 2)),
    phone: Math.floor(rand() * 1000),
  }));
  const rows: SheetRow[] = [];
  for (let i = 0; i < count; i++) {
    const p = people[Math.floor(rand() * nominals)]!;
    const a = p.address;
    const seen = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
    rows.push({
      ref: p.ref,
      forenames: p.forenames,
      surname: p.surname,
      dateOfBirth: p.dateOfBirth,
      // Some rows record no phone; some record a second phone the nominal was seen with.
      phone:
        rand() < 0.1
          ? ''
          : phoneSpelling(rand() < 0.8 ? p.phone : Math.floor(rand() * 1000), i % 3),
      // About 14k distinct addresses, each with its own postcode.
      address: `${1 + (a % 199)} ${STREETS[Math.floor(a / 199) % STREETS.length]}, ${TOWNS[Math.floor(a / 2388) % TOWNS.length]}`,
      postcode: `ZZ${1 + (a % 9)} ${a % 10}${String.fromCharCode(65 + (a % 26))}${String.fromCharCode(65 + ((a * 7) % 26))}`,
      relationship: pick(RELATIONSHIPS),
      seen: rand() < 0.05 ? null : seen,
      grade: rand() < 0.3 ? '' : pick(GRADES),
    });
  }
  return rows;
}

/** Quotes a CSV cell only when it needs it, as spreadsheet programs do. */
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function sheetCsv(rows: readonly SheetRow[]): Uint8Array {
  const lines = [SPREADSHEET_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(
      [
        r.ref,
        r.forenames,
        r.surname,
        r.dateOfBirth ? dmy(r.dateOfBirth) : '',
        r.phone,
        r.address,
        r.postcode,
        r.relationship,
        r.seen ? dmy(r.seen) : '',
        r.grade,
      ]
        .map(csvCell)
        .join(','),
    );
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

/**
 * A call data record export: calls among a few hundred drama numbers over a year, in the UK
 * day-first time format, with cell sites and handsets.
 */
export function callRecordsCsv(count: number, seed = 11): Uint8Array {
  const rand = seededRandom(seed);
  const numbers = 400;
  const lines = ['caller,called,start,duration,cell_site,handset'];
  for (let i = 0; i < count; i++) {
    const a = Math.floor(rand() * numbers);
    let b = Math.floor(rand() * 40);
    // Most calls go to a handful of contacts of the caller, as a deal line's do.
    b = (a + 1 + b) % numbers;
    const at = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 366 * 86_400) * 1000);
    const start = `${dmy(at)} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
    const duration =
      rand() < 0.5
        ? String(Math.floor(rand() * 600))
        : `0:${pad(Math.floor(rand() * 10))}:${pad(Math.floor(rand() * 60))}`;
    const cell = `ZZ-CELL-${pad(Math.floor(rand() * 60), 3)}`;
    const handset = rand() < 0.2 ? `IMEI-TEST-${pad(a, 4)}` : '';
    lines.push(
      [phoneSpelling(a, 0), phoneSpelling(b, i % 2 ? 1 : 2), start, duration, cell, handset].join(
        ',',
      ),
    );
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/**
 * A nominal, the phone they were seen with and where they live, on every row. Dates use the
 * wizard's default convention (auto, day first): an explicit DD/MM/YYYY refuses the ISO text
 * that Excel date cells become, so the same mapping could not read the XLSX.
 */
export const SHEET_MAPPING: Mapping = mappingSchema.parse({
  entities: [
    {
      key: 'person',
      kind: 'nominal',
      identity: 'Nominal ref',
      fields: {
        forenames: 'Forenames',
        surname: 'Surname',
        dateOfBirth: 'Date of birth',
        notes: 'Relationship',
      },
    },
    { key: 'mobile', kind: 'phone', identity: 'Phone', fields: { number: 'Phone' } },
    { key: 'home', kind: 'location', fields: { address: 'Address', postcode: 'Postcode' } },
  ],
  links: [
    { from: 'person', to: 'mobile', kind: 'uses_phone', firstSeen: 'Date seen', grade: 'Grade' },
    { from: 'person', to: 'home', kind: 'resides_at', firstSeen: 'Date seen' },
  ],
});
