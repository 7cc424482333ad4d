import { parseTyped } from '../columns';
import { assembleAfter, type AssembleOptions, type RawEdge, type RawNode } from '../assemble';
import type { ReadLimits } from '../limits';
import type { Candidate, GraphDocument, ImportContext, Scalar } from '../records';
import { failOne, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { childrenNamed, firstChild, readXml, type XmlElement } from '../xml/readXml';
import { GRAPHML_INTEL_KEY } from './writeGraphml';

interface KeyDef {
  name: string;
  domain: string;
  type: string;
  default?: string;
  /** yEd's graphics keys hold drawing markup, not values. */
  ignored: boolean;
}

function readKeys(root: XmlElement): Map<string, KeyDef> {
  const keys = new Map<string, KeyDef>();
  for (const k of childrenNamed(root, 'key')) {
    const id = k.attrs.id ?? '';
    const def = firstChild(k, 'default');
    keys.set(id, {
      name: k.attrs['attr.name'] ?? id,
      domain: k.attrs.for ?? 'all',
      type: k.attrs['attr.type'] ?? 'string',
      ignored: k.attrs['yfiles.type'] !== undefined && k.attrs['attr.name'] === undefined,
      ...(def ? { default: def.text } : {}),
    });
  }
  return keys;
}

function readData(
  element: XmlElement,
  domain: 'node' | 'edge' | 'graph',
  keys: Map<string, KeyDef>,
  where: string,
  errors: FormatIssue[],
): Record<string, Scalar> {
  const fields: Record<string, Scalar> = {};
  for (const [, k] of keys) {
    if (k.ignored || k.default === undefined || (k.domain !== domain && k.domain !== 'all'))
      continue;
    const v = parseTyped(k.default, k.type);
    if (v !== undefined) fields[k.name] = v;
  }
  for (const d of childrenNamed(element, 'data')) {
    const key = keys.get(d.attrs.key ?? '');
    if (!key) {
      errors.push(
        issue(where, `It uses the attribute key "${d.attrs.key ?? ''}", which no <key> declares.`),
      );
      continue;
    }
    if (key.ignored) continue;
    const v = parseTyped(d.text, key.type);
    if (v === undefined)
      errors.push(
        issue(where, `The ${key.name} value "${d.text.slice(0, 40)}" is not a valid ${key.type}.`),
      );
    else fields[key.name] = v;
  }
  return fields;
}

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

/** Reads GraphML: typed <key> attributes, nodes and edges of the first graph; nothing else is guessed. */
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
    const errors: FormatIssue[] = [];
    const nodes: RawNode[] = [];
    const edges: RawEdge[] = [];
    const intel = readIntel(readData(graph, 'graph', keys, 'graph', errors), errors);
    childrenNamed(graph, 'node').forEach((n, i) => {
      const key = n.attrs.id;
      const where = `node ${key ? `"${key}"` : `number ${i + 1}`}`;
      if (!key) errors.push(issue(where, 'The node has no id.'));
      else if (firstChild(n, 'graph'))
        errors.push(issue(where, 'Nested graphs are not supported; flatten the file first.'));
      else nodes.push({ key, fields: readData(n, 'node', keys, where, errors), where });
    });
    childrenNamed(graph, 'edge').forEach((e, i) => {
      const where = `edge ${e.attrs.id ? `"${e.attrs.id}"` : `number ${i + 1}`}`;
      const { source, target } = e.attrs;
      if (!source || !target)
        errors.push(issue(where, 'The edge needs both a source and a target.'));
      else
        edges.push({
          ...(e.attrs.id ? { key: e.attrs.id } : {}),
          source,
          target,
          fields: readData(e, 'edge', keys, where, errors),
          where,
        });
    });
    if (childrenNamed(graph, 'hyperedge').length)
      errors.push(issue('graph', 'Hyperedges are not supported.'));
    return assembleAfter(errors, { nodes, edges, intel }, context, options);
  });
}
