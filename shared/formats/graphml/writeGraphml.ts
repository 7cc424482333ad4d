import { isDirectedKind, type Link } from '../../model';
import { formatValue, inferColumnTypes, type ColumnType } from '../columns';
import { exportFields, type ExportOptions } from '../exportFields';
import type { GraphDocument, Scalar } from '../records';
import { ok, type FormatResult } from '../result';
import { el, textEl, writeXmlDocument, type XmlNode } from '../xml/writeXml';
import { IMPORTED_DESC } from './graphmlKeys';

export const GRAPHML_INTEL_KEY = 'linchpin.intel';
export const GRAPHML_FORMAT_KEY = 'linchpin.format';

interface Key {
  id: string;
  name: string;
  column: string;
  type: ColumnType;
  desc?: string;
}

/** GraphML names keys and ids as XML name tokens: letters, digits, ".", "-", "_" and ":". */
function nameToken(text: string): string {
  const token = text.replace(/[^\p{L}\p{N}._:-]+/gu, '_');
  return token || '_';
}

function uniqueTokens(values: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const v of values) {
    const base = nameToken(v);
    let token = base;
    for (let i = 2; taken.has(token); i++) token = `${base}_${i}`;
    taken.add(token);
    out.set(v, token);
  }
  return out;
}

function keysFor(
  rows: Iterable<Record<string, Scalar>>,
  prefix: string,
  imported: ReadonlyMap<string, string>,
): Key[] {
  const types = [...inferColumnTypes(rows)];
  const tokens = uniqueTokens(types.map(([name]) => name));
  return types.map(([column, type], i) => {
    const own = imported.get(column);
    return {
      id: `${prefix}${i}`,
      name: tokens.get(column) ?? column,
      column,
      type,
      ...(own !== undefined ? { desc: `${IMPORTED_DESC}${own}` } : {}),
    };
  });
}

function dataOf(keys: Key[], row: Record<string, Scalar>): XmlNode[] {
  const out: XmlNode[] = [];
  for (const k of keys) {
    const v = row[k.column];
    if (v === undefined || v === '') continue;
    out.push(
      textEl('data', k.type === 'string' ? String(v) : formatValue(v, 'xsd'), { key: k.id }),
    );
  }
  return out;
}

function keyElement(k: Key, domain: 'node' | 'edge'): XmlNode {
  return el(
    'key',
    { id: k.id, for: domain, 'attr.name': k.name, 'attr.type': k.type },
    k.desc ? [textEl('desc', k.desc)] : [],
  );
}

const directedLink = (l: Link) => isDirectedKind(l.kind) || l.imported?.directed === true;

/**
 * Writes GraphML (http://graphml.graphdrawing.org/) that yEd, Gephi, igraph and networkx read and
 * that validates against the published schema: every field, imported attribute and measure is a
 * typed <key>, names and ids are XML name tokens (an imported attribute's own name is kept in its
 * key's <desc>), and each edge says whether it is directed, as its link kind is.
 *
 * A mixed graph (directed and undirected kinds) is written edgedefault="directed" with the
 * undirected links marked directed="0": xs:boolean false, as the schema allows. networkx refuses
 * the spelling "false" inside a directed graph and cannot hold a mixed graph at all, so it reads
 * those links as directed; readers that follow the schema keep them undirected.
 */
export function writeGraphml(
  doc: GraphDocument,
  options: ExportOptions = {},
): FormatResult<string> {
  const fields = exportFields(doc, options);
  if (!fields.ok) return fields;
  const { nodes, links, nodeIds, importedColumns } = fields.value;
  const nodeKeys = keysFor(nodes.values(), 'n', importedColumns);
  const edgeKeys = keysFor(links.values(), 'e', importedColumns);
  const ids = uniqueTokens(doc.records.entities.map((e) => nodeIds.get(e.id) ?? e.id));
  const idOf = (id: string) => ids.get(nodeIds.get(id) ?? id) ?? nameToken(id);
  const directedCount = doc.records.links.filter(directedLink).length;
  const mixed = directedCount > 0 && directedCount < doc.records.links.length;
  const edgedefault = directedCount > 0 ? 'directed' : 'undirected';
  const keyEls = [
    ...nodeKeys.map((k) => keyElement(k, 'node')),
    ...edgeKeys.map((k) => keyElement(k, 'edge')),
    el('key', { id: 'g0', for: 'graph', 'attr.name': GRAPHML_INTEL_KEY, 'attr.type': 'string' }),
    el('key', { id: 'g1', for: 'graph', 'attr.name': GRAPHML_FORMAT_KEY, 'attr.type': 'string' }),
  ];
  const graph = el('graph', { id: 'G', edgedefault }, [
    textEl('data', 'linchpin-graphml 2', { key: 'g1' }),
    doc.records.intel.length > 0 &&
      textEl('data', JSON.stringify(doc.records.intel), { key: 'g0' }),
    ...doc.records.entities.map((e) =>
      el('node', { id: idOf(e.id) }, dataOf(nodeKeys, nodes.get(e.id) ?? {})),
    ),
    ...doc.records.links.map((l) => {
      const directed = directedLink(l);
      return el(
        'edge',
        {
          id: nameToken(l.id),
          source: idOf(l.source),
          target: idOf(l.target),
          directed: directed ? 'true' : mixed ? '0' : 'false',
        },
        dataOf(edgeKeys, links.get(l.id) ?? {}),
      );
    }),
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
