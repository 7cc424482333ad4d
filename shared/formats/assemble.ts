import {
  isDirectedKind,
  isId,
  LINK_KIND_IDS,
  type EntityKind,
  type Id,
  type LinkKind,
} from '../model';
import { fieldsToEntity, fieldsToLink } from './fieldCodec';
import { toImportedBag } from './importedBag';
import { fillRequiredFromLabel } from './requiredFromLabel';
import {
  graphDocument,
  resolveContext,
  validateRecords,
  type Candidate,
  type GraphDocument,
  type ImportContext,
  type Scalar,
  type TypeUse,
} from './records';
import { fail, issue, ok, type FormatIssue, type FormatResult } from './result';
import { plural, WarningLog } from './warnings';

/** The model's limit on a label; longer ones are shortened and kept whole in `imported`. */
export const MAX_LABEL = 300;

/** A node as a file states it: its own key (GraphML id, CSV id, ANX identity) and its values. */
export interface RawNode {
  key: string;
  /** The node's own name when the file keeps one apart from its key (ANX Identity). */
  identity?: string;
  /** In our own files, the id the node had in the file it first came from (kept, not used as the key). */
  sourceId?: string;
  /** Model fields: read from Linchpin's own files, or set by the reader (label, mapped kind). */
  fields: Record<string, Scalar>;
  /** Everything else the file says about it, under the file's own names. */
  imported: Record<string, Scalar>;
  /** The key of the group node it is drawn inside (a yEd group node's nested graph). */
  parent?: string;
  where: string;
}

export interface RawEdge {
  key?: string;
  source: string;
  target: string;
  fields: Record<string, Scalar>;
  imported: Record<string, Scalar>;
  /** Whether the file gave the edge a direction (undefined: the file has no say). */
  directed?: boolean;
  where: string;
}

export interface RawGraph {
  nodes: RawNode[];
  edges: RawEdge[];
  /** Intelligence items as plain objects (from a Linchpin export or ANX cards). */
  intel: Candidate[];
  warnings?: WarningLog;
  types?: TypeUse[];
}

export interface AssembleOptions {
  /** Kind given to nodes whose file says nothing about kind. */
  defaultKind?: EntityKind;
  /** Edge lists name nodes only through their edges; make those nodes instead of refusing. */
  createMissingNodes?: boolean;
}

/** Group nodes (yEd groups) become this kind unless the file names their kind. */
const GROUP_KIND: EntityKind = 'ocg';

function shortenLabel(
  label: string,
  imported: Record<string, Scalar>,
  warnings: WarningLog,
  where: string,
): string {
  if (label.length <= MAX_LABEL) return label;
  const keep = imported.label === undefined || imported.label === label ? 'label' : 'label (full)';
  imported[keep] = label;
  warnings.add(
    'long-label',
    (n) =>
      `${plural(n, 'label')} longer than ${MAX_LABEL} characters ${n === 1 ? 'was' : 'were'} shortened; the full text is kept in the imported attribute "label".`,
    where,
  );
  return `${label.slice(0, MAX_LABEL - 1)}…`;
}

/** Two edges are the same when they join the same ends (either way round if undirected) with the same values. */
function edgeSignature(e: RawEdge, directed: boolean): string {
  const ends = directed || e.source <= e.target ? [e.source, e.target] : [e.target, e.source];
  const sorted = (o: Record<string, Scalar>) =>
    JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${ends.join('\u0000')}\u0000${sorted(e.fields)}\u0000${sorted(e.imported)}`;
}

/**
 * Turns what a file states into validated records. A node key that is a Linchpin id stays the
 * record id, anything else gets a fresh id and is kept as the imported `id`. Self-loops and
 * exact duplicate edges are dropped and counted; nodes inside a group node become members of
 * it; labels over the model's limit are shortened with the whole text kept.
 */
export function assembleDocument(
  raw: RawGraph,
  context: ImportContext,
  options: AssembleOptions = {},
): FormatResult<GraphDocument> {
  const ctx = resolveContext(context);
  const warnings = raw.warnings ?? new WarningLog();
  const errors: FormatIssue[] = [];
  const idOfKey = new Map<string, Id>();
  const doc = graphDocument({ entities: [], links: [], intel: [] });
  const entities: Candidate[] = [];
  const links: Candidate[] = [];
  const usedIds = new Set<string>();
  const parents = new Set(raw.nodes.flatMap((n) => (n.parent === undefined ? [] : [n.parent])));

  const mint = (key: string, prefix: string): Id => {
    if (isId(key) && !usedIds.has(key)) {
      usedIds.add(key);
      return key;
    }
    const id = ctx.newId(prefix);
    usedIds.add(id);
    return id;
  };
  const keepSourceId = (imported: Record<string, Scalar>, key: string) => {
    if (imported.id !== undefined && imported.id !== key) imported['id (attribute)'] = imported.id;
    imported.id = key;
  };
  const addNode = (node: RawNode) => {
    if (idOfKey.has(node.key)) {
      errors.push(issue(node.where, `The node id "${node.key}" appears twice.`));
      return;
    }
    const name = node.identity ?? node.key;
    const id = mint(name, 'ent');
    idOfKey.set(node.key, id);
    const imported = { ...node.imported };
    const source = node.sourceId ?? name;
    if (id !== source) {
      doc.sourceIds.set(id, source);
      keepSourceId(imported, source);
    }
    const fields = { ...node.fields };
    const rawLabel = typeof fields.label === 'string' && fields.label !== '' ? fields.label : name;
    fields.label = shortenLabel(rawLabel, imported, warnings, node.where) || '(no label)';
    if (fields.kind === undefined && parents.has(node.key)) fields.kind = GROUP_KIND;
    const decoded = fieldsToEntity(id, fields, ctx, node.where, errors, {
      kind: options.defaultKind ?? 'nominal',
      label: fields.label,
    });
    const bag = toImportedBag({ ...imported, ...decoded.extras }, warnings, node.where);
    if (bag) decoded.candidate.imported = bag;
    fillRequiredFromLabel(decoded.candidate);
    entities.push({ where: node.where, value: decoded.candidate });
  };

  for (const node of raw.nodes) addNode(node);
  const seenEdges = new Set<string>();
  for (const edge of raw.edges) {
    for (const end of [edge.source, edge.target]) {
      if (idOfKey.has(end)) continue;
      if (options.createMissingNodes)
        addNode({ key: end, fields: {}, imported: {}, where: edge.where });
      else
        errors.push(
          issue(edge.where, `The edge refers to node "${end}", which the file does not define.`),
        );
    }
    const source = idOfKey.get(edge.source);
    const target = idOfKey.get(edge.target);
    if (!source || !target) continue;
    if (source === target) {
      warnings.add(
        'self-loop',
        (n) =>
          `${plural(n, 'self-loop')} (a link from an entity to itself) ${n === 1 ? 'was' : 'were'} dropped: Linchpin does not hold them, and the measures ignore them.`,
        edge.where,
      );
      continue;
    }
    const kind = edge.fields.kind;
    const directedKind =
      typeof kind === 'string' &&
      (LINK_KIND_IDS as readonly string[]).includes(kind) &&
      isDirectedKind(kind as LinkKind);
    const signature = edgeSignature(edge, edge.directed ?? directedKind);
    if (seenEdges.has(signature)) {
      warnings.add(
        'duplicate-edge',
        (n) =>
          `${plural(n, 'exact duplicate edge')} (same ends and values as an earlier one) ${n === 1 ? 'was' : 'were'} dropped.`,
        edge.where,
      );
      continue;
    }
    seenEdges.add(signature);
    const id = mint(edge.key ?? '', 'lnk');
    const imported = { ...edge.imported };
    if (edge.key && edge.key !== id) keepSourceId(imported, edge.key);
    const decoded = fieldsToLink({ id, source, target }, edge.fields, ctx, edge.where, errors);
    if (edge.directed === true && decoded.candidate.kind === 'associate') imported.directed = true;
    const bag = toImportedBag({ ...imported, ...decoded.extras }, warnings, edge.where);
    if (bag) decoded.candidate.imported = bag;
    links.push({ where: edge.where, value: decoded.candidate });
  }
  for (const node of raw.nodes) {
    if (node.parent === undefined) continue;
    const member = idOfKey.get(node.key);
    const group = idOfKey.get(node.parent);
    if (!member || !group) continue;
    links.push({
      where: `${node.where} (member of its group)`,
      value: {
        id: ctx.newId('lnk'),
        workspaceId: ctx.workspaceId,
        source: member,
        target: group,
        kind: 'member_of',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    });
    warnings.add(
      'group-member',
      (n) =>
        `${plural(n, 'node')} drawn inside a group node became ${n === 1 ? 'a member' : 'members'} of that group (a "Member of" link each).`,
      node.where,
    );
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
  doc.warnings = warnings.list();
  doc.types = raw.types ?? [];
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
