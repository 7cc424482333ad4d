import { z } from 'zod';
import { DATE_FORMATS } from '../mapping/parseDate';

export const CDR_MAPPING_FORMAT = 'linchpin-cdr-mapping';

const column = z.string().min(1).max(200);

/** What each column of a call records file means. Saved and reloaded like the wizard's mappings. */
export const cdrMappingSchema = z
  .object({
    format: z.literal(CDR_MAPPING_FORMAT).default(CDR_MAPPING_FORMAT),
    version: z.literal(1).default(1),
    caller: column,
    called: column,
    /** Date and time in one column ("2024-03-01 14:05:09", "01/03/2024 14:05")... */
    start: column.optional(),
    /** ...or apart, as many networks write them. */
    date: column.optional(),
    time: column.optional(),
    /** Seconds, or m:ss / h:mm:ss. */
    duration: column.optional(),
    /** Rows marked incoming (MT, In, Incoming, Received) are the other number calling. */
    direction: column.optional(),
    /** Voice call, SMS, MMS, data: only voice calls count towards call totals. */
    type: column.optional(),
    cellId: column.optional(),
    handset: column.optional(),
    dateFormat: z.enum(DATE_FORMATS).default('auto-dmy'),
    defaultRegion: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .default('GB'),
  })
  .superRefine((m, ctx) => {
    if (!m.start && !m.date)
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'Choose the column with the start time, or the date column (and the time column).',
      });
    if (m.caller === m.called)
      ctx.addIssue({
        code: 'custom',
        path: ['called'],
        message: 'The caller and the called number must be different columns.',
      });
  });
export type CdrMapping = z.infer<typeof cdrMappingSchema>;
export type CdrRole =
  | 'caller'
  | 'called'
  | 'start'
  | 'date'
  | 'time'
  | 'duration'
  | 'direction'
  | 'type'
  | 'cellId'
  | 'handset';

export const CDR_ROLES: { role: CdrRole; label: string; required?: boolean }[] = [
  { role: 'caller', label: 'Caller (A number)', required: true },
  { role: 'called', label: 'Called (B number)', required: true },
  { role: 'start', label: 'Start (date and time together)' },
  { role: 'date', label: 'Date (when apart from the time)' },
  { role: 'time', label: 'Time (when apart from the date)' },
  { role: 'duration', label: 'Duration (seconds or m:ss)' },
  { role: 'direction', label: 'Direction (incoming or outgoing)' },
  { role: 'type', label: 'Type (call, SMS...)' },
  { role: 'cellId', label: 'Cell id' },
  { role: 'handset', label: 'Handset (IMEI)' },
];

/** Header spellings seen in call data, normalised (lower case, letters and digits only). */
const SYNONYMS: Record<CdrRole, string[]> = {
  caller: [
    'caller',
    'calling',
    'callingnumber',
    'anumber',
    'aparty',
    'originating',
    'originatingnumber',
    'from',
    'fromnumber',
    'source',
    'msisdn',
    'targetnumber',
    'anr',
    'anschlussa',
    'rufnummera',
    'anrufer',
  ],
  called: [
    'called',
    'callee',
    'callednumber',
    'bnumber',
    'bparty',
    'terminating',
    'terminatingnumber',
    'to',
    'tonumber',
    'destination',
    'othernumber',
    'otherparty',
    'dialled',
    'dialednumber',
    'bnr',
    'rufnummerb',
    'angerufen',
    'ziel',
  ],
  start: [
    'start',
    'starttime',
    'datetime',
    'datumzeit',
    'calldatetime',
    'timestamp',
    'startdatetime',
    'eventtime',
    'beginn',
  ],
  date: ['date', 'calldate', 'datum', 'startdate', 'eventdate'],
  time: ['time', 'calltime', 'uhrzeit', 'zeit', 'starttimeofday', 'eventtimeofday'],
  duration: [
    'duration',
    'durationseconds',
    'seconds',
    'secs',
    'dauer',
    'calllength',
    'length',
    'durationsecs',
    'durations',
    'callduration',
  ],
  direction: ['direction', 'dir', 'callDirection', 'richtung', 'inout', 'moMt', 'momt'].map((s) =>
    s.toLowerCase(),
  ),
  type: ['type', 'calltype', 'eventtype', 'servicetype', 'service', 'art', 'typ', 'recordtype'],
  cellId: [
    'cellid',
    'cell',
    'cellsite',
    'cellsiteid',
    'cgi',
    'ci',
    'lac',
    'zelle',
    'zellid',
    'mast',
    'startcell',
    'cellidstart',
    'firstcell',
  ],
  handset: ['handset', 'handsetid', 'imei', 'device', 'geraet'],
};

const norm = (header: string) =>
  header
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

/** The mapping a file's headers suggest; roles it cannot place are left for the analyst. */
export function guessCdrMapping(columns: readonly string[]): Partial<CdrMapping> {
  const out: Partial<Record<CdrRole, string>> = {};
  const taken = new Set<string>();
  // Exact spellings first, then headers that start with one ("Duration (mm:ss)").
  for (const loose of [false, true])
    for (const { role } of CDR_ROLES) {
      if (out[role]) continue;
      const found = columns.find((c) => {
        const n = norm(c);
        return (
          !taken.has(c) &&
          SYNONYMS[role].some((s) => n === s || (loose && s.length >= 5 && n.startsWith(s)))
        );
      });
      if (found) {
        out[role] = found;
        taken.add(found);
      }
    }
  // "Start Time" beside a date column is the time of day.
  if (out.start && out.date) {
    out.time ??= out.start;
    delete out.start;
  }
  return out;
}

/** Every column a mapping reads. */
export function cdrColumns(m: CdrMapping): string[] {
  return CDR_ROLES.flatMap(({ role }) => {
    const c = m[role];
    return c ? [c] : [];
  });
}

/** A call records mapping as the .json file the analyst saves and reloads. */
export function writeCdrMappingFile(m: CdrMapping): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(m, null, 2) + '\n');
}

export function parseCdrMapping(
  json: unknown,
): { ok: true; value: CdrMapping } | { ok: false; message: string } {
  const parsed = cdrMappingSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    message: `This is not a Linchpin call records mapping: ${first?.message ?? 'unknown problem'}${first?.path.length ? ` (at ${first.path.map(String).join('.')})` : ''}.`,
  };
}
