import type { Id } from '../../model';
import {
  resolveContext,
  drain,
  validating,
  type Candidate,
  type ImportContext,
  type WorkspaceRecords,
} from '../records';
import { fail, issue, type FormatIssue, type FormatResult } from '../result';
import type { Mapping } from './mappingSchema';
import { mappingColumns } from './mappingColumns';
import { readRowLinks, type LinkAggregate } from './rowLinks';
import { readRowEntity, type RowEntity } from './rowEntities';
import { formulaFlags, type EntityOutcome, type RowOutcome } from './rowReport';
import type { Table } from './table';
import { clip } from '../warnings';

export interface MappingContext extends ImportContext {
  /** Entities already in the workspace by `kind|identity` (e.g. `phone|+447700900123`): rows join them. */
  existing?: ReadonlyMap<string, Id>;
}

export interface RowProblem {
  row: number;
  messages: string[];
}

export interface MappingReport {
  rowCount: number;
  badRows: RowProblem[];
  newEntities: number;
  links: number;
  /** Every row: what it created, matched or joined, why it was refused, what is worth a look. */
  rows: RowOutcome[];
}

export interface MappingOutcome {
  result: FormatResult<WorkspaceRecords>;
  report: MappingReport;
}

interface Pending extends RowEntity {
  id: Id;
  kind: string;
  row: number;
  key: string;
}

/**
 * Applies a mapping in steps, so the wizard can show progress on a large file; `applyMapping`
 * runs it in one go. Every row is checked; records come back only when no row has a problem.
 */
export function createMappingRun(table: Table, mapping: Mapping, context: MappingContext) {
  const ctx = resolveContext(context);
  const columns = new Map(table.columns.map((c, i) => [c, i]));
  const missing = mappingColumns(mapping).filter((c) => !columns.has(c));
  const badRows: RowProblem[] = [];
  const entities = new Map<string, Pending>();
  const links = new Map<string, LinkAggregate>();
  const options = { dateFormat: mapping.dateFormat, defaultRegion: mapping.defaultRegion };

  const rows: RowOutcome[] = [];
  const idFor = (
    key: string,
    found: RowEntity,
    kind: string,
    row: number,
  ): Pick<EntityOutcome, 'id' | 'outcome' | 'firstRow'> => {
    const known = context.existing?.get(key);
    if (known) return { id: known, outcome: 'matched' };
    const pending = entities.get(key);
    if (pending) {
      // Later rows fill fields the first row left empty; they never overwrite.
      for (const [k, v] of Object.entries(found.attrs)) pending.attrs[k] ??= v;
      for (const [k, v] of Object.entries(found.top)) pending.top[k] ??= v;
      return { id: pending.id, outcome: 'joined', firstRow: pending.row };
    }
    const id = ctx.newId('ent');
    entities.set(key, { ...found, id, kind, row, key });
    return { id, outcome: 'created' };
  };

  function step(from: number, to: number): void {
    if (missing.length) return;
    for (let i = from; i < Math.min(to, table.rows.length); i++) {
      const row = table.rows[i]!;
      const rowNumber = table.rowNumbers[i] ?? i + 2;
      const problems: string[] = [];
      const flags = formulaFlags(table.columns, row);
      const outcome: RowOutcome = {
        row: rowNumber,
        status: 'ok',
        entities: [],
        links: 0,
        problems,
        flags,
      };
      rows.push(outcome);
      const found = mapping.entities.map((t) => readRowEntity(row, t, columns, options, problems));
      if (problems.length) {
        outcome.status = 'refused';
        badRows.push({ row: rowNumber, messages: problems });
        continue;
      }
      const ids = new Map<string, Id>();
      mapping.entities.forEach((t, j) => {
        const f = found[j];
        if (!f) return;
        if (t.identity && (row[columns.get(t.identity) ?? -1] ?? '').trim() === '')
          flags.push(
            `${t.key}: the identity column "${t.identity}" is blank, so this ${t.kind} is matched by its label instead.`,
          );
        const got = idFor(`${t.kind}|${f.identity}`, f, t.kind, rowNumber);
        ids.set(t.key, got.id);
        outcome.entities.push({ template: t.key, kind: t.kind, label: f.label, ...got });
      });
      if (mapping.entities.length && !outcome.entities.length)
        flags.push('The row names no entity: every mapped cell is blank.');
      const before = links.size;
      readRowLinks(row, mapping, columns, ids, links, problems, rowNumber);
      outcome.links = links.size - before;
      if (problems.length) {
        outcome.status = 'refused';
        badRows.push({ row: rowNumber, messages: problems });
      }
    }
  }

  /** finish, pausing (yielding) between slices of records, for a page that must stay responsive. */
  function* finishing(): Generator<void, MappingOutcome> {
    const report = (): MappingReport => ({
      rowCount: table.rows.length,
      badRows,
      newEntities: entities.size,
      links: links.size,
      rows,
    });
    if (missing.length) {
      const message = `The mapping uses ${missing.map((c) => `"${c}"`).join(', ')}, which this file does not have as a column.`;
      return { result: fail([issue('row 1', message, { row: 1 })]), report: report() };
    }
    if (table.rows.length === 0)
      return {
        result: fail([issue('file', 'The file has a header but no rows.')]),
        report: report(),
      };
    if (badRows.length) {
      const errors: FormatIssue[] = badRows.map((b) =>
        issue(`row ${b.row}`, b.messages.join(' '), { row: b.row }),
      );
      return { result: fail(errors), report: report() };
    }
    const entityCandidates: Candidate[] = [...entities.values()].map((e) => ({
      where: `row ${e.row} (${e.kind} "${clip(e.label)}")`,
      value: {
        id: e.id,
        workspaceId: ctx.workspaceId,
        kind: e.kind,
        label: e.label,
        ...e.top,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        attrs: e.attrs,
      },
    }));
    const linkCandidates: Candidate[] = [...links.values()].map((l) => ({
      where: `row ${l.row} (link ${l.kind})`,
      value: {
        id: ctx.newId('lnk'),
        workspaceId: ctx.workspaceId,
        source: l.source,
        target: l.target,
        kind: l.kind,
        strength: l.strength,
        ...(l.grade ? { grade: l.grade } : {}),
        ...(l.firstSeen ? { firstSeen: l.firstSeen } : {}),
        ...(l.lastSeen ? { lastSeen: l.lastSeen } : {}),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    }));
    yield;
    const existing = new Set(context.existing?.values() ?? []);
    const result = yield* validating(
      { entities: entityCandidates, links: linkCandidates, intel: [] },
      existing,
    );
    if (!result.ok) {
      const byRow = new Map(rows.map((r) => [r.row, r]));
      for (const e of result.errors) {
        if (e.row === undefined) {
          const n = /^row (\d+)/.exec(e.where)?.[1];
          if (n) e.row = Number(n);
        }
        const outcome = e.row === undefined ? undefined : byRow.get(e.row);
        if (outcome) {
          outcome.status = 'refused';
          outcome.problems.push(e.message);
        }
      }
    }
    return { result, report: report() };
  }

  return { total: table.rows.length, step, finish: () => drain(finishing()), finishing };
}

/** Maps every row of a table to records, or lists every bad row; never half a result. */
export function applyMapping(
  table: Table,
  mapping: Mapping,
  context: MappingContext,
): MappingOutcome {
  const run = createMappingRun(table, mapping, context);
  run.step(0, run.total);
  return run.finish();
}
