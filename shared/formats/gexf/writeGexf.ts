import { formatValue, inferColumnTypes, type ColumnType } from '../columns';
import { exportFields, type ExportOptions } from '../exportFields';
import type { GraphDocument, Scalar } from '../records';
import { ok, type FormatResult } from '../result';
import { el, writeXmlDocument, type XmlNode } from '../xml/writeXml';

const GEXF_TYPE: Record<ColumnType, string> = {
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
  string: 'string',
};

interface Column {
  id: string;
  title: string;
  type: ColumnType;
}

function columnsOf(rows: Iterable<Record<string, Scalar>>, skip: ReadonlySet<string>): Column[] {
  return [...inferColumnTypes(rows)]
    .filter(([name]) => !skip.has(name))
    .map(([title, type], i) => ({ id: String(i), title, type }));
}

function attvalues(columns: Column[], row: Record<string, Scalar>): XmlNode | false {
  const values = columns
    .filter((c) => row[c.title] !== undefined)
    .map((c) => el('attvalue', { for: c.id, value: formatValue(row[c.title] as Scalar) }));
  return values.length > 0 && el('attvalues', {}, values);
}

/**
 * Writes GEXF 1.3 (https://gexf.net/) for Gephi: labels and weights in GEXF's own attributes,
 * every other field as a typed attribute column. Intelligence items are not carried (GEXF has
 * no graph-level data); links keep their provenance ids.
 */
export function writeGexf(
  doc: GraphDocument,
  options: ExportOptions & { today?: string } = {},
): FormatResult<string> {
  const fields = exportFields(doc, options);
  if (!fields.ok) return fields;
  const { nodes, links, nodeIds } = fields.value;
  const nodeColumns = columnsOf(nodes.values(), new Set(['label']));
  const edgeColumns = columnsOf(links.values(), new Set(['weight']));
  const graph = el('graph', { defaultedgetype: 'directed', mode: 'static' }, [
    el(
      'attributes',
      { class: 'node' },
      nodeColumns.map((c) =>
        el('attribute', { id: c.id, title: c.title, type: GEXF_TYPE[c.type] }),
      ),
    ),
    el(
      'attributes',
      { class: 'edge' },
      edgeColumns.map((c) =>
        el('attribute', { id: c.id, title: c.title, type: GEXF_TYPE[c.type] }),
      ),
    ),
    el(
      'nodes',
      {},
      doc.records.entities.map((e) =>
        el('node', { id: nodeIds.get(e.id) ?? e.id, label: e.label }, [
          attvalues(nodeColumns, nodes.get(e.id) ?? {}),
        ]),
      ),
    ),
    el(
      'edges',
      {},
      doc.records.links.map((l) => {
        const row = links.get(l.id) ?? {};
        const weight = typeof row.weight === 'number' ? row.weight : undefined;
        return el(
          'edge',
          {
            id: l.id,
            source: nodeIds.get(l.source) ?? l.source,
            target: nodeIds.get(l.target) ?? l.target,
            weight,
          },
          [attvalues(edgeColumns, row)],
        );
      }),
    ),
  ]);
  const root = el(
    'gexf',
    {
      xmlns: 'http://gexf.net/1.3',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      version: '1.3',
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
