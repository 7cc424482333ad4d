import { formatValue, inferColumnTypes, type ColumnType } from '../columns';
import { exportFields, type ExportOptions } from '../exportFields';
import type { GraphDocument, Scalar } from '../records';
import { ok, type FormatResult } from '../result';
import { el, textEl, writeXmlDocument, type XmlNode } from '../xml/writeXml';

export const GRAPHML_INTEL_KEY = 'linchpin.intel';

interface Key {
  id: string;
  name: string;
  type: ColumnType;
}

function keysFor(rows: Iterable<Record<string, Scalar>>, prefix: string): Key[] {
  return [...inferColumnTypes(rows)].map(([name, type], i) => ({
    id: `${prefix}${i}`,
    name,
    type,
  }));
}

function dataOf(keys: Key[], row: Record<string, Scalar>): XmlNode[] {
  const out: XmlNode[] = [];
  for (const k of keys) {
    const v = row[k.name];
    if (v !== undefined)
      out.push(textEl('data', k.type === 'string' ? String(v) : formatValue(v), { key: k.id }));
  }
  return out;
}

/**
 * Writes GraphML (http://graphml.graphdrawing.org/) that Gephi, yEd, igraph and networkx read:
 * every model field and extra attribute is a typed <key>; intelligence items travel as JSON in
 * a graph-level key so provenance survives a round trip through Linchpin.
 */
export function writeGraphml(
  doc: GraphDocument,
  options: ExportOptions = {},
): FormatResult<string> {
  const fields = exportFields(doc, options);
  if (!fields.ok) return fields;
  const { nodes, links, nodeIds } = fields.value;
  const nodeKeys = keysFor(nodes.values(), 'n');
  const edgeKeys = keysFor(links.values(), 'e');
  const keyEls = [
    ...nodeKeys.map((k) =>
      el('key', { id: k.id, for: 'node', 'attr.name': k.name, 'attr.type': k.type }),
    ),
    ...edgeKeys.map((k) =>
      el('key', { id: k.id, for: 'edge', 'attr.name': k.name, 'attr.type': k.type }),
    ),
    el('key', { id: 'g0', for: 'graph', 'attr.name': GRAPHML_INTEL_KEY, 'attr.type': 'string' }),
  ];
  const graph = el('graph', { id: 'G', edgedefault: 'directed' }, [
    doc.records.intel.length > 0 &&
      textEl('data', JSON.stringify(doc.records.intel), { key: 'g0' }),
    ...doc.records.entities.map((e) =>
      el('node', { id: nodeIds.get(e.id) ?? e.id }, dataOf(nodeKeys, nodes.get(e.id) ?? {})),
    ),
    ...doc.records.links.map((l) =>
      el(
        'edge',
        {
          id: l.id,
          source: nodeIds.get(l.source) ?? l.source,
          target: nodeIds.get(l.target) ?? l.target,
        },
        dataOf(edgeKeys, links.get(l.id) ?? {}),
      ),
    ),
  ]);
  const root = el(
    'graphml',
    {
      xmlns: 'http://graphml.graphdrawing.org/xmlns',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    },
    [...keyEls, graph],
  );
  return ok(writeXmlDocument(root));
}
