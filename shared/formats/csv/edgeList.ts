import { importedNumber, type Link } from '../../model';
import { assembleAfter, type RawEdge, type RawNode } from '../assemble';
import { decodeUtf8, type ReadLimits } from '../limits';
import type { GraphDocument, ImportContext } from '../records';
import { fail, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { readCsvTable, writeCsv, type CsvColumn } from './readCsv';

const EDGE_COLUMNS: CsvColumn[] = [
  { name: 'source', aliases: ['source', 'from'], required: true },
  { name: 'target', aliases: ['target', 'to'], required: true },
  { name: 'weight', aliases: ['weight'], required: false },
];
const NODE_COLUMNS: CsvColumn[] = [
  { name: 'id', aliases: ['id', 'node'], required: true },
  { name: 'label', aliases: ['label', 'name'], required: false },
];

/**
 * Reads the command line's edge list (`source,target[,weight]`) and optional node list
 * (`id[,label]`), header optional. Node ids become labels where no label is given and are kept
 * as source ids, so an export can write them back as node ids.
 */
export function readEdgeListCsv(
  edgesBytes: Uint8Array,
  nodesBytes: Uint8Array | undefined,
  context: ImportContext,
  limits: ReadLimits = {},
): FormatResult<GraphDocument> {
  return guard('CSV file', () => {
    const errors: FormatIssue[] = [];
    const nodes: RawNode[] = [];
    if (nodesBytes) {
      const text = decodeUtf8(nodesBytes, limits);
      if (!text.ok)
        return fail(text.errors.map((e) => ({ ...e, where: `nodes file, ${e.where}` })));
      const table = readCsvTable(text.value, NODE_COLUMNS, { headerOptional: true });
      if (!table.ok)
        return fail(table.errors.map((e) => ({ ...e, where: `nodes file, ${e.where}` })));
      for (const { row, values } of table.value.rows) {
        const where = `nodes file, row ${row}`;
        if (!values.id) errors.push(issue(where, 'The node id is empty.', { row }));
        else
          nodes.push({
            key: values.id,
            fields: values.label ? { label: values.label } : {},
            imported: {},
            where,
          });
      }
    }
    const text = decodeUtf8(edgesBytes, limits);
    if (!text.ok) return text;
    const table = readCsvTable(text.value, EDGE_COLUMNS, { headerOptional: true });
    if (!table.ok) return table;
    errors.push(...table.value.rowIssues);
    const edges: RawEdge[] = [];
    for (const { row, values } of table.value.rows) {
      const where = `row ${row}`;
      const { source = '', target = '', weight } = values;
      if (!source || !target) {
        errors.push(issue(where, 'Both source and target are needed.', { row }));
        continue;
      }
      const w = weight === undefined || weight === '' ? undefined : Number(weight);
      if (w !== undefined && !(Number.isFinite(w) && w >= 0)) {
        errors.push(
          issue(where, `The weight "${weight}" is not a number of zero or more.`, { row }),
        );
        continue;
      }
      edges.push({
        source,
        target,
        fields: {},
        imported: w === undefined ? {} : { weight: w },
        where,
      });
    }
    return assembleAfter(errors, { nodes, edges, intel: [] }, context, {
      createMissingNodes: true,
    });
  });
}

export interface EdgeListFiles {
  edges: string;
  nodes: string;
}

/** Writes the edge and node lists; ids are source ids where the document has them. */
export function writeEdgeListCsv(doc: GraphDocument): EdgeListFiles {
  const name = (id: string) => doc.sourceIds.get(id) ?? id;
  const weightOf = (l: Link): number | undefined => {
    const w = doc.linkData.get(l.id)?.weight ?? importedNumber(l.imported?.weight);
    return typeof w === 'number' && Number.isFinite(w) ? w : undefined;
  };
  const hasWeight = doc.records.links.some((l) => weightOf(l) !== undefined);
  const edgeRows = doc.records.links.map((l) => {
    const row: (string | number)[] = [name(l.source), name(l.target)];
    const weight = weightOf(l);
    if (hasWeight) row.push(weight ?? '');
    return row;
  });
  return {
    edges: writeCsv(hasWeight ? ['source', 'target', 'weight'] : ['source', 'target'], edgeRows),
    nodes: writeCsv(
      ['id', 'label'],
      doc.records.entities.map((e) => [name(e.id), e.label]),
    ),
  };
}
