import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Id } from '../../model';
import type { ReadLimits } from '../limits';
import { tableFromCsv, type Table } from '../mapping/table';
import {
  graphDocument,
  resolveContext,
  validateRecords,
  type Candidate,
  type GraphDocument,
  type ImportContext,
  type Scalar,
} from '../records';
import { fail, failOne, guard, issue, ok, type FormatIssue, type FormatResult } from '../result';
import { plural, WarningLog } from '../warnings';
import { eventKind, isIncoming, secondsOf, startOf } from './callEvents';
import {
  CDR_ROLES,
  cdrColumns,
  cdrMappingSchema,
  guessCdrMapping,
  type CdrMapping,
} from './cdrMapping';

export interface CallRecordOptions extends ReadLimits {
  /** Region for numbers written without a country code (the mapping's, when one is given). */
  defaultRegion?: CountryCode;
  /** Phones already in the workspace, by E.164: calls join them instead of creating duplicates. */
  knownPhones?: ReadonlyMap<string, Id>;
  /** The analyst's column mapping; without one it is guessed from the headers. */
  mapping?: CdrMapping;
}

interface Aggregate {
  source: Id;
  target: Id;
  calls: number;
  seconds: number;
  sms: number;
  other: number;
  first: string;
  last: string;
  firstDate: string;
  lastDate: string;
  cells: Set<string>;
  extras: Map<string, Set<string>>;
  row: number;
}

/** Distinct values of a column over one pair's calls, kept as text on the link. */
const MAX_DISTINCT = 20;
function joined(values: Set<string>): string {
  const list = [...values].sort();
  const shown = list.slice(0, MAX_DISTINCT).join('; ');
  return list.length > MAX_DISTINCT ? `${shown}; and ${list.length - MAX_DISTINCT} more` : shown;
}

/** Reads call records with a mapping guessed from the headers (the command line, quick imports). */
export function readCallRecords(
  bytes: Uint8Array,
  context: ImportContext,
  options: CallRecordOptions = {},
): FormatResult<GraphDocument> {
  return guard('call records file', () => {
    const table = tableFromCsv(bytes, options);
    if (!table.ok) return table;
    let mapping = options.mapping;
    if (!mapping) {
      const guessed = cdrMappingSchema.safeParse({
        ...guessCdrMapping(table.value.columns),
        ...(options.defaultRegion ? { defaultRegion: options.defaultRegion } : {}),
      });
      if (!guessed.success) {
        const missing = CDR_ROLES.filter((r) => r.required).map((r) => r.label.toLowerCase());
        return failOne(
          'row 1',
          `Linchpin could not tell which columns hold the ${missing.join(', ')} and the start (found: ${table.value.columns.map((c) => `"${c}"`).join(', ')}). Choose them in the column mapping.`,
          { row: 1 },
        );
      }
      mapping = guessed.data;
    }
    return applyCdrMapping(table.value, mapping, context, options);
  });
}

/**
 * Turns the rows of a call records table into phone entities (E.164) and one `calls` link per
 * ordered pair of numbers: voice calls counted and timed, SMS and other events counted apart,
 * first and last dates, cell ids and every other column's values kept on the link. A call from a
 * number to itself is dropped and counted; any other bad row refuses the file, named by its row.
 */
export function applyCdrMapping(
  table: Table,
  mapping: CdrMapping,
  context: ImportContext,
  options: Pick<CallRecordOptions, 'knownPhones'> = {},
): FormatResult<GraphDocument> {
  const ctx = resolveContext(context);
  const index = new Map(table.columns.map((c, i) => [c, i]));
  const absent = cdrColumns(mapping).filter((c) => !index.has(c));
  if (absent.length)
    return failOne(
      'row 1',
      `The mapping uses ${absent.map((c) => `"${c}"`).join(', ')}, which this file does not have as a column.`,
      { row: 1 },
    );
  const mapped = new Set(cdrColumns(mapping));
  const extraColumns = table.columns.filter((c) => !mapped.has(c));
  const region = mapping.defaultRegion as CountryCode;
  const errors: FormatIssue[] = [];
  const warnings = new WarningLog();
  const phones = new Map<string, { id: Id; handset?: string; isNew: boolean }>();
  const pairs = new Map<string, Aggregate>();
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
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 2;
    const cell = (column: string | undefined) =>
      column === undefined ? undefined : (cells[index.get(column) ?? -1] ?? '').trim();
    const problems: string[] = [];
    const number = (raw: string, which: string) => {
      const e164 = toE164(raw);
      if (e164 === null)
        problems.push(
          `The ${which} number "${raw.slice(0, 30)}" is not a phone number Linchpin can read.`,
        );
      return e164;
    };
    let from = number(cell(mapping.caller) ?? '', 'caller');
    let to = number(cell(mapping.called) ?? '', 'called');
    const start = startOf(
      cell(mapping.start),
      cell(mapping.date),
      cell(mapping.time),
      mapping.dateFormat,
    );
    if (typeof start === 'string') problems.push(start);
    const seconds = secondsOf(cell(mapping.duration));
    if (typeof seconds === 'string') problems.push(seconds);
    if (problems.length) {
      errors.push(issue(`row ${row}`, problems.join(' '), { row }));
      return;
    }
    if (!from || !to || typeof start === 'string' || typeof seconds === 'string') return;
    if (from === to) {
      warnings.add(
        'self-call',
        (n) =>
          `${plural(n, 'row')} recorded a number calling itself (voicemail and network records do) and ${n === 1 ? 'was' : 'were'} left out.`,
        `row ${row} (${from})`,
      );
      return;
    }
    if (isIncoming(cell(mapping.direction))) [from, to] = [to, from];
    const entry = (e164: string) => {
      let p = phones.get(e164);
      if (!p) {
        const known = options.knownPhones?.get(e164);
        p = { id: known ?? ctx.newId('ent'), isNew: known === undefined };
        phones.set(e164, p);
      }
      return p;
    };
    const caller = entry(from);
    const called = entry(to);
    const handset = cell(mapping.handset);
    if (handset) caller.handset = handset.slice(0, 100);
    const key = `${from}>${to}`;
    const agg = pairs.get(key) ?? {
      source: caller.id,
      target: called.id,
      calls: 0,
      seconds: 0,
      sms: 0,
      other: 0,
      first: start.sortKey,
      last: start.sortKey,
      firstDate: start.date,
      lastDate: start.date,
      cells: new Set<string>(),
      extras: new Map<string, Set<string>>(),
      row,
    };
    const kind = eventKind(cell(mapping.type));
    if (kind === 'voice') {
      agg.calls += 1;
      agg.seconds += seconds;
    } else if (kind === 'sms') agg.sms += 1;
    else agg.other += 1;
    if (start.sortKey < agg.first) [agg.first, agg.firstDate] = [start.sortKey, start.date];
    if (start.sortKey > agg.last) [agg.last, agg.lastDate] = [start.sortKey, start.date];
    const cellId = cell(mapping.cellId);
    if (cellId) agg.cells.add(cellId);
    for (const column of extraColumns) {
      const v = cell(column);
      if (!v) continue;
      const set = agg.extras.get(column) ?? new Set<string>();
      set.add(v);
      agg.extras.set(column, set);
    }
    pairs.set(key, agg);
  });
  if (table.rows.length === 0) return failOne('file', 'The file has a header but no rows.');
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
    const imported: Record<string, Scalar> = {};
    if (a.sms) imported.SMS = a.sms;
    if (a.other) imported['Other events'] = a.other;
    if (a.cells.size) imported['Cell ids'] = joined(a.cells);
    for (const [column, values] of a.extras) imported[column] = joined(values);
    links.push({
      where: `row ${a.row} (calls ${key.replace('>', ' to ')})`,
      value: {
        id: ctx.newId('lnk'),
        workspaceId: ctx.workspaceId,
        source: a.source,
        target: a.target,
        kind: 'calls',
        callCount: a.calls,
        callSeconds: a.seconds,
        firstSeen: a.firstDate,
        lastSeen: a.lastDate,
        ...(Object.keys(imported).length ? { imported } : {}),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    });
  }
  if (extraColumns.length)
    warnings.add(
      'cdr-extra-columns',
      () =>
        `${plural(extraColumns.length, 'column')} not used by the mapping (${extraColumns.map((c) => `"${c}"`).join(', ')}) ${extraColumns.length === 1 ? 'is' : 'are'} kept on each call link as the distinct values seen.`,
    );
  const known = new Set(options.knownPhones?.values() ?? []);
  const records = validateRecords({ entities, links, intel: [] }, known);
  if (!records.ok) return records;
  doc.records = records.value;
  doc.warnings = warnings.list();
  return ok(doc);
}
