import { assembleAfter, type AssembleOptions, type RawEdge, type RawNode } from '../assemble';
import { splitValues } from '../fieldCodec';
import type { ReadLimits } from '../limits';
import type { Candidate, GraphDocument, ImportContext, Scalar } from '../records';
import { failOne, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { plural, WarningLog } from '../warnings';
import { childrenNamed, firstChild, readXml, type XmlElement } from '../xml/readXml';
import { readData, readKeys, type KeyDef } from './graphmlKeys';
import { GRAPHML_INTEL_KEY } from './writeGraphml';
import { yedDrawing } from './yedDrawing';

function readIntel(fields: Record<string, Scalar>, errors: FormatIssue[]): Candidate[] {
  const text = fields[GRAPHML_INTEL_KEY];
  if (typeof text !== 'string') return [];
  try {
    const items = JSON.parse(text) as unknown;
    if (!Array.isArray(items)) throw new Error('not a list');
    return items.map((value, i) => ({ where: `intelligence item ${i + 1}`, value }));
  } catch {
    errors.push(
      issue('graph', `The ${GRAPHML_INTEL_KEY} data is not a readable list of intelligence items.`),
    );
    return [];
  }
}

const bool = (text: string | undefined): boolean | undefined =>
  text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : undefined;

interface Walk {
  keys: Map<string, KeyDef>;
  own: boolean;
  nodes: RawNode[];
  edges: RawEdge[];
  errors: FormatIssue[];
  warnings: WarningLog;
}

/** Reads one <graph> and every graph nested in its nodes; a node holding a graph is a group. */
function walkGraph(graph: XmlElement, parent: string | undefined, w: Walk, depth: number): void {
  const directedByDefault = graph.attrs.edgedefault !== 'undirected';
  let nodeIndex = 0;
  let edgeIndex = 0;
  for (const el of graph.children) {
    if (el.name === 'node') {
      nodeIndex += 1;
      const key = el.attrs.id;
      const where = `node ${key ? `"${key}"` : `number ${nodeIndex}`}`;
      if (!key) {
        w.errors.push(issue(where, 'The node has no id.'));
        continue;
      }
      const data = readData(el, 'node', w.keys, where, w.warnings);
      const { fields, imported } = splitValues(data.values, 'node', w.own);
      const drawing = yedDrawing(data.drawing);
      if (drawing.label !== undefined) {
        if (fields.label !== undefined && fields.label !== drawing.label)
          imported.label = fields.label;
        fields.label = drawing.label;
      }
      Object.assign(imported, drawing.layout);
      w.nodes.push({ key, fields, imported, where, ...(parent !== undefined ? { parent } : {}) });
      const nested = firstChild(el, 'graph');
      if (nested) {
        if (depth >= 16) w.errors.push(issue(where, 'Groups are nested more than 16 deep.'));
        else walkGraph(nested, key, w, depth + 1);
      }
    } else if (el.name === 'edge') {
      edgeIndex += 1;
      const where = `edge ${el.attrs.id ? `"${el.attrs.id}"` : `number ${edgeIndex}`}`;
      const { source, target } = el.attrs;
      if (!source || !target) {
        w.errors.push(issue(where, 'The edge needs both a source and a target.'));
        continue;
      }
      const data = readData(el, 'edge', w.keys, where, w.warnings);
      const { fields, imported } = splitValues(data.values, 'edge', w.own);
      const drawing = yedDrawing(data.drawing);
      if (drawing.label !== undefined && fields.label === undefined) fields.label = drawing.label;
      Object.assign(imported, drawing.layout);
      const directed = drawing.undirected ? false : (bool(el.attrs.directed) ?? directedByDefault);
      w.edges.push({
        ...(el.attrs.id ? { key: el.attrs.id } : {}),
        source,
        target,
        fields,
        imported,
        ...(w.own ? {} : { directed }),
        where,
      });
    } else if (el.name === 'hyperedge') {
      const ends = childrenNamed(el, 'endpoint').map((e) => e.attrs.node ?? '?');
      w.errors.push(
        issue(
          `hyperedge ${el.attrs.id ? `"${el.attrs.id}"` : `inside ${parent ? `node "${parent}"` : 'the graph'}`}`,
          `It joins ${ends.length} nodes at once (${ends.slice(0, 6).join(', ')}${ends.length > 6 ? ', …' : ''}); Linchpin links join two entities. Replace it with a node linked to each end, then import again.`,
        ),
      );
    }
  }
}

/**
 * Reads GraphML from Linchpin, yEd (desktop and Live), Gephi, igraph, networkx and others: typed
 * keys, nested graphs as groups, yEd labels and drawing, per-edge direction. Values other tools
 * wrote are kept under their own names; only Linchpin's own files fill model fields by name.
 */
export function readGraphml(
  bytes: Uint8Array,
  context: ImportContext,
  options: AssembleOptions & ReadLimits = {},
): FormatResult<GraphDocument> {
  return guard('GraphML file', () => {
    const xml = readXml(bytes, options);
    if (!xml.ok) return xml;
    const root = xml.value;
    if (root.name !== 'graphml')
      return failOne(
        'file',
        `This is not GraphML: the outer element is <${root.name}>, not <graphml>.`,
      );
    const graph = firstChild(root, 'graph');
    if (!graph) return failOne('<graphml>', 'The file has no <graph> element.');
    const keys = readKeys(root);
    const own = [...keys.values()].some((k) => k.name.startsWith('linchpin.'));
    const w: Walk = { keys, own, nodes: [], edges: [], errors: [], warnings: new WarningLog() };
    const graphData = readData(graph, 'graph', keys, 'graph', w.warnings);
    const intel = own ? readIntel(graphData.values, w.errors) : [];
    for (const name of Object.keys(graphData.values))
      if (!name.startsWith('linchpin.'))
        w.warnings.add(
          'graph-data',
          (n) =>
            `${plural(n, 'value')} about the graph as a whole ${n === 1 ? 'was' : 'were'} not imported: a workspace keeps values on entities and links only.`,
          `graph "${name}"`,
        );
    walkGraph(graph, undefined, w, 0);
    if (childrenNamed(root, 'graph').length > 1)
      w.warnings.add(
        'extra-graphs',
        (n) => `The file holds ${n + 1} graphs; only the first was imported.`,
      );
    return assembleAfter(
      w.errors,
      { nodes: w.nodes, edges: w.edges, intel, warnings: w.warnings },
      context,
      options,
    );
  });
}
