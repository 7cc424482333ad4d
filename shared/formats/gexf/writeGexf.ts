import { isDirectedKind, type Link } from '../../model';
import { formatValue, inferColumnTypes, type ColumnType } from '../columns';
import { exportFields, finiteNumber, placements, type ExportOptions } from '../exportFields';
import type { GraphDocument, Scalar } from '../records';
import { ok, type FormatResult } from '../result';
import { el, writeXmlDocument, type XmlNode } from '../xml/writeXml';

export type GexfVersion = '1.2draft' | '1.3';

export interface GexfOptions extends ExportOptions {
  /** 1.2draft (default) is what networkx, igraph's users and most tools read; 1.3 is Gephi 0.10's. */
  version?: GexfVersion;
  today?: string;
}

const NAMESPACES: Record<GexfVersion, { ns: string; version: string }> = {
  '1.2draft': { ns: 'http://www.gexf.net/1.2draft', version: '1.2' },
  '1.3': { ns: 'http://gexf.net/1.3', version: '1.3' },
};

const GEXF_TYPE: Record<ColumnType, string> = {
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
  string: 'string',
};

/** Drawing values written as viz elements rather than as columns. */
const VIZ_COLUMNS = new Set([
  'layout.x',
  'layout.y',
  'layout.z',
  'layout.colour',
  'layout.size',
  'layout.shape',
  'layout.thickness',
  'layout.opacity',
]);
const NODE_SHAPES = new Set(['disc', 'square', 'triangle', 'diamond']);

interface Column {
  id: string;
  title: string;
  type: ColumnType;
}

function columnsOf(rows: Iterable<Record<string, Scalar>>, skip: ReadonlySet<string>): Column[] {
  return [...inferColumnTypes(rows)]
    .filter(([name]) => !skip.has(name) && !VIZ_COLUMNS.has(name))
    .map(([title, type], i) => ({ id: String(i), title, type }));
}

function attvalues(columns: Column[], row: Record<string, Scalar>): XmlNode | false {
  const values = columns
    .filter((c) => row[c.title] !== undefined && row[c.title] !== '')
    .map((c) => el('attvalue', { for: c.id, value: formatValue(row[c.title] as Scalar, 'java') }));
  return values.length > 0 && el('attvalues', {}, values);
}

function rgb(colour: Scalar | undefined): { r: number; g: number; b: number } | undefined {
  const m = typeof colour === 'string' ? /^#?([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(colour) : null;
  if (!m?.[1]) return undefined;
  const n = parseInt(m[1], 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

const EDGE_SHAPES = new Set(['solid', 'dotted', 'dashed', 'double']);

/** viz colour, position, size and shape, as the published schemas declare them. */
function viz(
  side: 'node' | 'edge',
  row: Record<string, Scalar>,
  at: { x: number; y: number } | undefined,
): XmlNode[] {
  const out: XmlNode[] = [];
  const colour = rgb(row['layout.colour']);
  if (colour) out.push(el('color', colour));
  if (side === 'node' && at) out.push(el('position', { x: at.x, y: at.y, z: 0 }));
  const size = finiteNumber(row['layout.size']);
  if (side === 'node' && size !== undefined && size >= 0) out.push(el('size', { value: size }));
  const thickness = finiteNumber(row['layout.thickness']);
  if (side === 'edge' && thickness !== undefined && thickness >= 0)
    out.push(el('thickness', { value: thickness }));
  const shape = row['layout.shape'];
  if (typeof shape === 'string' && (side === 'node' ? NODE_SHAPES : EDGE_SHAPES).has(shape))
    out.push(el('shape', { value: shape }));
  return out;
}

const directedLink = (l: Link) => isDirectedKind(l.kind) || l.imported?.directed === true;

/**
 * Writes GEXF 1.2draft (by default; networkx and Gephi 0.8-0.9 read it) or 1.3 for Gephi. The
 * published 1.2 and 1.3 schemas declare color, position and size in the GEXF namespace itself,
 * so they are written there (Gephi reads them by local name; networkx looks for them in a viz
 * namespace only and so passes over them, reading everything else):
 * labels, weights and viz (colour, position from the workspace's stored positions or the source
 * chart's, size, shape) in GEXF's own places, every other field as a typed attribute. A graph
 * with directed and undirected links is directed, the undirected ones "mutual" (both ways).
 * Intelligence items are not carried (GEXF has no graph-level data); links keep their provenance ids.
 */
export function writeGexf(doc: GraphDocument, options: GexfOptions = {}): FormatResult<string> {
  const fields = exportFields(doc, options);
  if (!fields.ok) return fields;
  const { nodes, links, nodeIds } = fields.value;
  const version = options.version ?? '1.2draft';
  const names = NAMESPACES[version];
  const places = placements(doc, nodes, options.positions);
  const nodeColumns = columnsOf(nodes.values(), new Set(['label']));
  // GEXF's weight is a finite number; a file with any other weight keeps them all as a column.
  const oddWeight = [...links.values()].some(
    (r) => r.weight !== undefined && finiteNumber(r.weight) === undefined,
  );
  const edgeColumns = columnsOf(
    links.values(),
    new Set(oddWeight ? ['label'] : ['weight', 'label']),
  );
  const directedCount = doc.records.links.filter(directedLink).length;
  const defaultedgetype = directedCount > 0 ? 'directed' : 'undirected';
  const declare = (cls: 'node' | 'edge', columns: Column[]) =>
    el(
      'attributes',
      { class: cls, mode: 'static' },
      columns.map((c) => el('attribute', { id: c.id, title: c.title, type: GEXF_TYPE[c.type] })),
    );
  const graph = el('graph', { defaultedgetype, mode: 'static' }, [
    declare('node', nodeColumns),
    declare('edge', edgeColumns),
    el(
      'nodes',
      {},
      doc.records.entities.map((e) => {
        const row = nodes.get(e.id) ?? {};
        return el('node', { id: nodeIds.get(e.id) ?? e.id, label: e.label }, [
          attvalues(nodeColumns, row),
          // Only real positions: GEXF has no need of the grid that ANX falls back on.
          ...viz('node', row, places.get(e.id)?.grid ? undefined : places.get(e.id)),
        ]);
      }),
    ),
    el(
      'edges',
      {},
      doc.records.links.map((l) => {
        const row = links.get(l.id) ?? {};
        const weight = finiteNumber(row.weight);
        const type = directedLink(l) ? 'directed' : directedCount > 0 ? 'mutual' : 'undirected';
        return el(
          'edge',
          {
            id: l.id,
            source: nodeIds.get(l.source) ?? l.source,
            target: nodeIds.get(l.target) ?? l.target,
            type,
            label: l.label || undefined,
            weight,
          },
          [attvalues(edgeColumns, row), ...viz('edge', row, undefined)],
        );
      }),
    ),
  ]);
  const root = el(
    'gexf',
    {
      xmlns: names.ns,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${names.ns} ${names.ns}/gexf.xsd`,
      version: names.version,
    },
    [
      el('meta', { lastmodifieddate: options.today ?? new Date().toISOString().slice(0, 10) }, [
        { name: 'creator', text: 'Linchpin' },
      ]),
      graph,
    ],
  );
  return ok(writeXmlDocument(root));
}
