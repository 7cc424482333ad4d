import { isId, type EntityKind, type Id } from '../model';
import { fieldsToEntity, fieldsToLink } from './fieldCodec';
import { fillRequiredFromLabel } from './requiredFromLabel';
import {
  graphDocument,
  resolveContext,
  validateRecords,
  type Candidate,
  type GraphDocument,
  type ImportContext,
  type Scalar,
} from './records';
import { fail, issue, ok, type FormatIssue, type FormatResult } from './result';

/** A node as a file states it: its own key (GraphML id, CSV id, ANX identity) and flat fields. */
export interface RawNode {
  key: string;
  /** The node's own name when the file keeps one apart from its key (ANX Identity). */
  identity?: string;
  fields: Record<string, Scalar>;
  where: string;
}

export interface RawEdge {
  key?: string;
  source: string;
  target: string;
  fields: Record<string, Scalar>;
  where: string;
}

export interface RawGraph {
  nodes: RawNode[];
  edges: RawEdge[];
  /** Intelligence items as plain objects (from a Linchpin export or ANX cards). */
  intel: Candidate[];
}

export interface AssembleOptions {
  /** Kind given to nodes whose file says nothing about kind. */
  defaultKind?: EntityKind;
  /** Edge lists name nodes only through their edges; make those nodes instead of refusing. */
  createMissingNodes?: boolean;
}

/**
 * Turns what a file states into validated records: keeps a node key as the record id when it
 * is a Linchpin id, otherwise mints one and remembers the key, so ids from a CSV survive as
 * labels and as source ids for export.
 */
export function assembleDocument(
  raw: RawGraph,
  context: ImportContext,
  options: AssembleOptions = {},
): FormatResult<GraphDocument> {
  const ctx = resolveContext(context);
  const errors: FormatIssue[] = [];
  const idOfKey = new Map<string, Id>();
  const doc = graphDocument({ entities: [], links: [], intel: [] });
  const entities: Candidate[] = [];
  const links: Candidate[] = [];
  const usedIds = new Set<string>();

  const mint = (key: string, prefix: string): Id => {
    if (isId(key) && !usedIds.has(key)) {
      usedIds.add(key);
      return key;
    }
    const id = ctx.newId(prefix);
    usedIds.add(id);
    return id;
  };
  const addNode = (node: RawNode) => {
    if (idOfKey.has(node.key)) {
      errors.push(issue(node.where, `The node id "${node.key}" appears twice.`));
      return;
    }
    const name = node.identity ?? node.key;
    const id = mint(name, 'ent');
    idOfKey.set(node.key, id);
    if (id !== name) doc.sourceIds.set(id, name);
    const decoded = fieldsToEntity(id, node.fields, ctx, node.where, errors, {
      kind: options.defaultKind ?? 'nominal',
      label: name.slice(0, 300) || '(no label)',
    });
    if (Object.keys(decoded.extras).length) doc.nodeData.set(id, decoded.extras);
    fillRequiredFromLabel(decoded.candidate);
    entities.push({ where: node.where, value: decoded.candidate });
  };

  for (const node of raw.nodes) addNode(node);
  for (const edge of raw.edges) {
    for (const end of [edge.source, edge.target]) {
      if (idOfKey.has(end)) continue;
      if (options.createMissingNodes) addNode({ key: end, fields: {}, where: edge.where });
      else
        errors.push(
          issue(edge.where, `The edge refers to node "${end}", which the file does not define.`),
        );
    }
    const source = idOfKey.get(edge.source);
    const target = idOfKey.get(edge.target);
    if (!source || !target) continue;
    const id = mint(edge.key ?? '', 'lnk');
    const decoded = fieldsToLink({ id, source, target }, edge.fields, ctx, edge.where, errors);
    if (Object.keys(decoded.extras).length) doc.linkData.set(id, decoded.extras);
    links.push({ where: edge.where, value: decoded.candidate });
  }
  const intel = raw.intel.map((c) => ({
    where: c.where,
    value:
      typeof c.value === 'object' && c.value !== null
        ? { ...c.value, workspaceId: ctx.workspaceId }
        : c.value,
  }));
  const records = validateRecords({ entities, links, intel });
  if (errors.length || !records.ok) return fail([...errors, ...(records.ok ? [] : records.errors)]);
  doc.records = records.value;
  return ok(doc);
}

/** Assembles even when the reader already found problems, so the analyst sees them all at once. */
export function assembleAfter(
  earlier: FormatIssue[],
  raw: RawGraph,
  context: ImportContext,
  options: AssembleOptions = {},
): FormatResult<GraphDocument> {
  const assembled = assembleDocument(raw, context, options);
  if (earlier.length === 0) return assembled;
  return fail([...earlier, ...(assembled.ok ? [] : assembled.errors)]);
}
