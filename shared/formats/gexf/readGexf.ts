import { assembleAfter, type AssembleOptions, type RawEdge, type RawNode } from '../assemble';
import { parseTyped } from '../columns';
import type { ReadLimits } from '../limits';
import type { GraphDocument, ImportContext, Scalar } from '../records';
import { failOne, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { childrenNamed, firstChild, readXml, type XmlElement } from '../xml/readXml';

interface Column {
  title: string;
  type: string;
  default?: string;
}

function readColumns(graph: XmlElement, cls: 'node' | 'edge'): Map<string, Column> {
  const columns = new Map<string, Column>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attrs.class ?? 'node') !== cls) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const def = firstChild(a, 'default');
      columns.set(a.attrs.id ?? '', {
        title: a.attrs.title ?? a.attrs.id ?? '',
        type: a.attrs.type ?? 'string',
        ...(def ? { default: def.text } : {}),
      });
    }
  }
  return columns;
}

function readValues(
  element: XmlElement,
  columns: Map<string, Column>,
  where: string,
  errors: FormatIssue[],
): Record<string, Scalar> {
  const fields: Record<string, Scalar> = {};
  for (const c of columns.values()) {
    const v = c.default === undefined ? undefined : parseTyped(c.default, c.type);
    if (v !== undefined) fields[c.title] = v;
  }
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const av of childrenNamed(block, 'attvalue')) {
      const column = columns.get(av.attrs.for ?? av.attrs.id ?? '');
      if (!column) {
        errors.push(
          issue(
            where,
            `It has a value for attribute "${av.attrs.for ?? ''}", which no <attribute> declares.`,
          ),
        );
        continue;
      }
      const text = av.attrs.value ?? '';
      const v = parseTyped(text, column.type);
      if (v === undefined)
        errors.push(
          issue(
            where,
            `The ${column.title} value "${text.slice(0, 40)}" is not a valid ${column.type}.`,
          ),
        );
      else fields[column.title] = v;
    }
  }
  return fields;
}

/** Reads GEXF 1.2 or 1.3: static graphs with typed attributes; dynamics and viz are ignored. */
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
    const nodeColumns = readColumns(graph, 'node');
    const edgeColumns = readColumns(graph, 'edge');
    const errors: FormatIssue[] = [];
    const nodes: RawNode[] = [];
    const edges: RawEdge[] = [];
    for (const block of childrenNamed(graph, 'nodes')) {
      childrenNamed(block, 'node').forEach((n, i) => {
        const key = n.attrs.id;
        const where = `node ${key ? `"${key}"` : `number ${i + 1}`}`;
        if (!key) return void errors.push(issue(where, 'The node has no id.'));
        if (firstChild(n, 'nodes'))
          return void errors.push(issue(where, 'Nested (hierarchical) nodes are not supported.'));
        const fields = readValues(n, nodeColumns, where, errors);
        if (n.attrs.label) fields.label = n.attrs.label;
        nodes.push({ key, fields, where });
      });
    }
    for (const block of childrenNamed(graph, 'edges')) {
      childrenNamed(block, 'edge').forEach((e, i) => {
        const where = `edge ${e.attrs.id ? `"${e.attrs.id}"` : `number ${i + 1}`}`;
        const { source, target } = e.attrs;
        if (!source || !target)
          return void errors.push(issue(where, 'The edge needs both a source and a target.'));
        const fields = readValues(e, edgeColumns, where, errors);
        if (e.attrs.label && fields.label === undefined) fields.label = e.attrs.label;
        if (e.attrs.weight !== undefined) {
          const w = parseTyped(e.attrs.weight, 'double');
          if (w === undefined)
            errors.push(issue(where, `The weight "${e.attrs.weight}" is not a number.`));
          else fields.weight = w;
        }
        edges.push({ ...(e.attrs.id ? { key: e.attrs.id } : {}), source, target, fields, where });
      });
    }
    return assembleAfter(errors, { nodes, edges, intel: [] }, context, options);
  });
}
