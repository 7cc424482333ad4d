import { SUITE_FIELDS, type SuiteResult } from '../shared/analysis';

/** JSON in the documented shape; nodes written by hand to keep file order (JS objects sort numeric keys). */
export function toJson(result: SuiteResult): string {
  const graph = {
    nodes: result.nodes,
    edges: result.edges,
    components: result.components,
    modularity: result.modularity,
  };
  const nodes = result.ids.map((id, i) => {
    const fields = SUITE_FIELDS.map(
      (f) => `${JSON.stringify(f)}:${JSON.stringify(result.values[f][i])}`,
    );
    return `${JSON.stringify(id)}:{${fields.join(',')}}`;
  });
  return `{"graph":${JSON.stringify(graph)},"nodes":{${nodes.join(',')}}}\n`;
}

/** One row per node, the columns of the JSON's per-node fields, id first. */
export function toCsv(result: SuiteResult): string {
  const lines = [['id', ...SUITE_FIELDS].join(',')];
  result.ids.forEach((id, i) =>
    lines.push([csvField(id), ...SUITE_FIELDS.map((f) => String(result.values[f][i]))].join(',')),
  );
  return lines.join('\n') + '\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
