import { assembleAfter, type AssembleOptions, type RawEdge, type RawNode } from '../assemble';
import { parseTyped } from '../columns';
import { splitValues } from '../fieldCodec';
import type { ReadLimits } from '../limits';
import type { GraphDocument, ImportContext, Scalar } from '../records';
import { failOne, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { WarningLog } from '../warnings';
import { childrenNamed, firstChild, readXml, type XmlElement } from '../xml/readXml';
import { readColumns, readValues, type Column } from './gexfColumns';
import { dateRange, describeSpells, spellsOf } from './gexfTime';
import { vizOf } from './gexfViz';

interface Walk {
  own: boolean;
  nodeColumns: Column[];
  edgeColumns: Column[];
  directedByDefault: boolean;
  nodes: RawNode[];
  edges: RawEdge[];
  errors: FormatIssue[];
  warnings: WarningLog;
}

/** A node's or edge's periods: dated ones as first and last seen, all of them kept as text. */
function timeValues(el: XmlElement, imported: Record<string, Scalar>) {
  const spells = spellsOf(el);
  if (!spells.length) return {};
  const range = dateRange(spells);
  if (spells.length > 1 || (!range.first && !range.last)) imported.spells = describeSpells(spells);
  return range;
}

function edgeDirection(el: XmlElement, byDefault: boolean): boolean {
  const type = el.attrs.type;
  if (type === 'directed' || type === 'dir') return true;
  if (type === 'undirected' || type === 'mutual' || type === 'sim' || type === 'dou') return false;
  return byDefault;
}

function readNodes(block: XmlElement, parent: string | undefined, w: Walk, depth: number): void {
  childrenNamed(block, 'node').forEach((n, i) => {
    const key = n.attrs.id;
    const where = `node ${key ? `"${key}"` : `number ${i + 1}`}`;
    if (!key) return void w.errors.push(issue(where, 'The node has no id.'));
    const values = readValues(n, w.nodeColumns, where, w.warnings);
    const { fields, imported } = splitValues(values, 'node', w.own);
    if (n.attrs.label && fields.label === undefined) fields.label = n.attrs.label;
    Object.assign(imported, vizOf(n));
    const range = timeValues(n, imported);
    if (range.first) imported.start = range.first;
    if (range.last) imported.end = range.last;
    const groupOf =
      parent ?? n.attrs.pid ?? firstChild(firstChild(n, 'parents') ?? n, 'parent')?.attrs.for;
    w.nodes.push({ key, fields, imported, where, ...(groupOf ? { parent: groupOf } : {}) });
    const nested = firstChild(n, 'nodes');
    if (nested) {
      if (depth >= 16) w.errors.push(issue(where, 'Nodes are nested more than 16 deep.'));
      else readNodes(nested, key, w, depth + 1);
    }
    const nestedEdges = firstChild(n, 'edges');
    if (nestedEdges) readEdges(nestedEdges, w);
  });
}

function readEdges(block: XmlElement, w: Walk): void {
  childrenNamed(block, 'edge').forEach((e, i) => {
    const where = `edge ${e.attrs.id ? `"${e.attrs.id}"` : `number ${i + 1}`}`;
    const { source, target } = e.attrs;
    if (!source || !target)
      return void w.errors.push(issue(where, 'The edge needs both a source and a target.'));
    const values = readValues(e, w.edgeColumns, where, w.warnings);
    const { fields, imported } = splitValues(values, 'edge', w.own);
    if (e.attrs.label && fields.label === undefined) fields.label = e.attrs.label;
    if (e.attrs.kind) imported['edge kind'] = e.attrs.kind;
    const weightText = e.attrs.weight ?? e.attrs.cardinal;
    if (weightText !== undefined) {
      const weight = parseTyped(weightText, 'double');
      if (weight === undefined) imported.weight = weightText;
      else imported.weight = weight;
    }
    Object.assign(imported, vizOf(e));
    const range = timeValues(e, imported);
    if (!w.own) {
      if (range.first) fields.firstSeen = range.first;
      if (range.last) fields.lastSeen = range.last;
    }
    w.edges.push({
      ...(e.attrs.id ? { key: e.attrs.id } : {}),
      source,
      target,
      fields,
      imported,
      ...(w.own ? {} : { directed: edgeDirection(e, w.directedByDefault) }),
      where,
    });
  });
}

/**
 * Reads GEXF 1.0 (Gephi 0.7) to 1.3: typed attributes (dynamic ones kept with their periods),
 * viz colour, position, size and shape, spells (first and last seen on links), hierarchy as
 * groups. Values other tools wrote are kept under their own names; only Linchpin's own files
 * fill model fields by name.
 */
export function readGexf(
  bytes: Uint8Array,
  context: ImportContext,
  options: AssembleOptions & ReadLimits = {},
): FormatResult<GraphDocument> {
  return guard('GEXF file', () => {
    const xml = readXml(bytes, options);
    if (!xml.ok) return xml;
    const root = xml.value;
    if (root.name !== 'gexf')
      return failOne('file', `This is not GEXF: the outer element is <${root.name}>, not <gexf>.`);
    const graph = firstChild(root, 'graph');
    if (!graph) return failOne('<gexf>', 'The file has no <graph> element.');
    const creator = firstChild(firstChild(root, 'meta') ?? root, 'creator')?.text ?? '';
    const w: Walk = {
      own: creator.startsWith('Linchpin'),
      nodeColumns: readColumns(graph, 'node'),
      edgeColumns: readColumns(graph, 'edge'),
      directedByDefault:
        (graph.attrs.defaultedgetype ?? (graph.attrs.edges === 'simple' ? 'undirected' : '')) !==
        'undirected',
      nodes: [],
      edges: [],
      errors: [],
      warnings: new WarningLog(),
    };
    for (const block of childrenNamed(graph, 'nodes')) readNodes(block, undefined, w, 0);
    for (const block of childrenNamed(graph, 'edges')) readEdges(block, w);
    return assembleAfter(
      w.errors,
      { nodes: w.nodes, edges: w.edges, intel: [], warnings: w.warnings },
      context,
      options,
    );
  });
}
