import type { Entity, Id, Link } from '../model';
import {
  IMPORTED_PREFIX,
  entityToFields,
  linkToFields,
  RESERVED_LINK_FIELDS,
  RESERVED_NODE_FIELDS,
} from './fieldCodec';
import { importedScalars } from './importedBag';
import type { GraphDocument, Scalar } from './records';
import { fail, issue, ok, type FormatIssue, type FormatResult } from './result';

/** Where an entity is drawn, from the workspace's stored positions. */
export interface Position {
  x: number;
  y: number;
  pinned?: boolean;
}

export interface FieldRows {
  nodes: Map<string, Record<string, Scalar>>;
  links: Map<string, Record<string, Scalar>>;
  /** The id each entity is written under: its source id where unique and wanted, else its own. */
  nodeIds: Map<string, string>;
  /** Columns holding imported attributes, with the attribute's own name (it may be prefixed). */
  importedColumns: Map<string, string>;
}

export interface ExportOptions {
  /** Write node ids from the source file (e.g. CSV ids) instead of Linchpin's record ids. */
  useSourceIds?: boolean;
  /** The workspace's stored positions; writers that place entities use them before anything else. */
  positions?: ReadonlyMap<Id, Position>;
}

/** Structural values of the source file that writers express in the file's own structure. */
const STRUCTURAL = new Set(['id', 'directed']);

/**
 * Flattens every entity and link with its imported attributes and extra values (measures). An
 * imported attribute keeps its own name unless that is a built-in field's or a measure's, when it
 * is written as "imported.<name>"; a measure named like a built-in field is refused.
 */
export function exportFields(
  doc: GraphDocument,
  options: ExportOptions = {},
): FormatResult<FieldRows> {
  const errors: FormatIssue[] = [];
  const nodes = new Map<string, Record<string, Scalar>>();
  const links = new Map<string, Record<string, Scalar>>();
  const nodeIds = new Map<string, string>();
  const importedColumns = new Map<string, string>();
  const used = new Set<string>();
  const addImported = (
    row: Record<string, Scalar>,
    record: Entity | Link,
    reserved: ReadonlySet<string>,
    extra: Record<string, Scalar>,
  ) => {
    for (const [name, value] of Object.entries(importedScalars(record.imported))) {
      if (STRUCTURAL.has(name) || value === '') continue;
      const clash = reserved.has(name) || name in extra || name.startsWith(IMPORTED_PREFIX);
      const column = clash ? `${IMPORTED_PREFIX}${name}` : name;
      row[column] = value;
      importedColumns.set(column, name);
    }
  };
  const checkExtras = (
    extra: Record<string, Scalar>,
    reserved: ReadonlySet<string>,
    what: string,
  ) => {
    for (const name of Object.keys(extra))
      if (reserved.has(name))
        errors.push(
          issue(
            `attribute "${name}"`,
            `The extra ${what} attribute "${name}" has the name of a built-in field; rename it before exporting.`,
          ),
        );
  };
  for (const e of doc.records.entities) {
    const extra = doc.nodeData.get(e.id) ?? {};
    checkExtras(extra, RESERVED_NODE_FIELDS, 'node');
    const row = entityToFields(e);
    addImported(row, e, RESERVED_NODE_FIELDS, extra);
    nodes.set(e.id, { ...row, ...extra });
    const importedId = e.imported?.id;
    const source = options.useSourceIds
      ? (doc.sourceIds.get(e.id) ?? (typeof importedId === 'string' ? importedId : undefined))
      : undefined;
    const chosen = source !== undefined && !used.has(source) ? source : e.id;
    used.add(chosen);
    nodeIds.set(e.id, chosen);
  }
  for (const l of doc.records.links) {
    const extra = doc.linkData.get(l.id) ?? {};
    checkExtras(extra, RESERVED_LINK_FIELDS, 'link');
    const row = linkToFields(l);
    addImported(row, l, RESERVED_LINK_FIELDS, extra);
    links.set(l.id, { ...row, ...extra });
  }
  return errors.length ? fail(dedupe(errors)) : ok({ nodes, links, nodeIds, importedColumns });
}

function dedupe(errors: FormatIssue[]): FormatIssue[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.message) && Boolean(seen.add(e.message)));
}

/** A number from a row, if it holds a finite one. */
export function finiteNumber(value: Scalar | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Where each entity goes: the workspace's stored position, else one an imported chart gave it,
 * else a plain grid below the placed ones (only for entities placed nowhere at all).
 */
export function placements(
  doc: GraphDocument,
  rows: ReadonlyMap<string, Record<string, Scalar>>,
  positions: ReadonlyMap<Id, Position> | undefined,
  spacing = 120,
): Map<Id, { x: number; y: number; grid?: true }> {
  const out = new Map<Id, { x: number; y: number; grid?: true }>();
  const unplaced: Id[] = [];
  for (const e of doc.records.entities) {
    const stored = positions?.get(e.id);
    const row = rows.get(e.id) ?? {};
    // Gephi's and others' GraphML keep positions as plain "x" and "y" attributes.
    const x = stored?.x ?? finiteNumber(row['layout.x']) ?? finiteNumber(row.x);
    const y = stored?.y ?? finiteNumber(row['layout.y']) ?? finiteNumber(row.y);
    if (x !== undefined && y !== undefined) out.set(e.id, { x, y });
    else unplaced.push(e.id);
  }
  const placed = [...out.values()];
  const left = placed.length ? Math.min(...placed.map((p) => p.x)) : 0;
  const top = placed.length ? Math.max(...placed.map((p) => p.y)) + 2 * spacing : 0;
  unplaced.forEach((id, i) =>
    out.set(id, {
      x: left + (i % 20) * spacing,
      y: top + Math.floor(i / 20) * spacing,
      grid: true,
    }),
  );
  return out;
}
