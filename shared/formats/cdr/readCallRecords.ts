import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Id } from '../../model';
import { readCsvTable, type CsvColumn } from '../csv/readCsv';
import { decodeUtf8, type ReadLimits } from '../limits';
import {
  graphDocument,
  resolveContext,
  validateRecords,
  type Candidate,
  type GraphDocument,
  type ImportContext,
  type Scalar,
} from '../records';
import { fail, guard, issue, ok, type FormatIssue, type FormatResult } from '../result';
import { parseCallTime, parseDuration } from './callTime';

const COLUMNS: CsvColumn[] = [
  { name: 'caller', aliases: ['caller', 'calling', 'a_number', 'from'], required: true },
  { name: 'called', aliases: ['called', 'b_number', 'callee', 'to'], required: true },
  { name: 'start', aliases: ['start', 'start_time', 'datetime', 'date_time'], required: true },
  { name: 'duration', aliases: ['duration', 'duration_seconds', 'seconds'], required: true },
  { name: 'cellSite', aliases: ['cell_site', 'cellsite', 'cell', 'cell_id'], required: false },
  { name: 'handset', aliases: ['handset', 'handset_id', 'imei'], required: false },
];

export interface CallRecordOptions extends ReadLimits {
  /** Region for numbers written without a country code. */
  defaultRegion?: CountryCode;
  /** Phones already in the workspace, by E.164: calls join them instead of creating duplicates. */
  knownPhones?: ReadonlyMap<string, Id>;
}

interface Aggregate {
  source: Id;
  target: Id;
  count: number;
  seconds: number;
  first: string;
  last: string;
  firstDate: string;
  lastDate: string;
  cells: Set<string>;
}

/**
 * Turns a CSV of calls into phone entities (E.164) and one `calls` link per ordered pair of
 * numbers carrying the count, total seconds and first and last call dates. Every row is checked
 * before anything is returned; a bad number, time or duration is reported with its row.
 */
export function readCallRecords(
  bytes: Uint8Array,
  context: ImportContext,
  options: CallRecordOptions = {},
): FormatResult<GraphDocument> {
  return guard('call records file', () => {
    const ctx = resolveContext(context);
    const text = decodeUtf8(bytes, options);
    if (!text.ok) return text;
    const table = readCsvTable(text.value, COLUMNS);
    if (!table.ok) return table;
    const region = options.defaultRegion ?? 'GB';
    const errors: FormatIssue[] = [...table.value.rowIssues];
    const phones = new Map<string, { id: Id; handset?: string; isNew: boolean }>();
    const pairs = new Map<string, Aggregate>();
    // A CDR repeats a few hundred numbers over thousands of rows; parse each spelling once.
    const e164Of = new Map<string, string | null>();
    const toE164 = (raw: string): string | null => {
      let known = e164Of.get(raw);
      if (known === undefined) {
        const parsed = raw ? parsePhoneNumberFromString(raw, region) : undefined;
        known = parsed?.isPossible() ? parsed.number : null;
        e164Of.set(raw, known);
      }
      return known;
    };
    const phone = (raw: string, row: number, column: string) => {
      const e164 = toE164(raw);
      if (e164 === null) {
        errors.push(
          issue(
            `row ${row}`,
            `The ${column} number "${raw.slice(0, 30)}" is not a phone number Linchpin can read.`,
            { row },
          ),
        );
        return undefined;
      }
      let entry = phones.get(e164);
      if (!entry) {
        const known = options.knownPhones?.get(e164);
        entry = { id: known ?? ctx.newId('ent'), isNew: known === undefined };
        phones.set(e164, entry);
      }
      return { e164, entry };
    };
    for (const { row, values } of table.value.rows) {
      const caller = phone(values.caller ?? '', row, 'caller');
      const called = phone(values.called ?? '', row, 'called');
      const time = parseCallTime(values.start ?? '');
      const seconds = parseDuration(values.duration ?? '');
      if (!time)
        errors.push(
          issue(
            `row ${row}`,
            `The start time "${values.start ?? ''}" is not a real date and time (use 2024-03-01 14:05:09 or 01/03/2024 14:05:09).`,
            { row },
          ),
        );
      if (seconds === undefined)
        errors.push(
          issue(
            `row ${row}`,
            `The duration "${values.duration ?? ''}" is not a number of seconds or h:mm:ss.`,
            { row },
          ),
        );
      if (!caller || !called || !time || seconds === undefined) continue;
      if (caller.e164 === called.e164) {
        errors.push(
          issue(`row ${row}`, `The caller and the called number are the same (${caller.e164}).`, {
            row,
          }),
        );
        continue;
      }
      if (values.handset) caller.entry.handset = values.handset;
      const key = `${caller.e164}>${called.e164}`;
      const agg = pairs.get(key) ?? {
        source: caller.entry.id,
        target: called.entry.id,
        count: 0,
        seconds: 0,
        first: time.sortKey,
        last: time.sortKey,
        firstDate: time.date,
        lastDate: time.date,
        cells: new Set<string>(),
      };
      agg.count += 1;
      agg.seconds += seconds;
      if (time.sortKey < agg.first) [agg.first, agg.firstDate] = [time.sortKey, time.date];
      if (time.sortKey > agg.last) [agg.last, agg.lastDate] = [time.sortKey, time.date];
      if (values.cellSite) agg.cells.add(values.cellSite);
      pairs.set(key, agg);
    }
    if (errors.length) return fail(errors);
    const doc = graphDocument({ entities: [], links: [], intel: [] });
    const entities: Candidate[] = [];
    for (const [e164, p] of phones) {
      if (!p.isNew) continue;
      entities.push({
        where: `number ${e164}`,
        value: {
          id: p.id,
          workspaceId: ctx.workspaceId,
          kind: 'phone',
          label: e164,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          attrs: { number: e164, ...(p.handset ? { handset: p.handset } : {}) },
        },
      });
    }
    const links: Candidate[] = [];
    for (const [key, a] of pairs) {
      const id = ctx.newId('lnk');
      links.push({
        where: `calls ${key.replace('>', ' to ')}`,
        value: {
          id,
          workspaceId: ctx.workspaceId,
          source: a.source,
          target: a.target,
          kind: 'calls',
          callCount: a.count,
          callSeconds: a.seconds,
          firstSeen: a.firstDate,
          lastSeen: a.lastDate,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        },
      });
      if (a.cells.size)
        doc.linkData.set(id, { cellSites: [...a.cells].sort().join('; ') } satisfies Record<
          string,
          Scalar
        >);
    }
    const known = new Set(options.knownPhones?.values() ?? []);
    const records = validateRecords({ entities, links, intel: [] }, known);
    if (!records.ok) return records;
    doc.records = records.value;
    return ok(doc);
  });
}
