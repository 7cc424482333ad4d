import { SUITE_FIELDS, type SuiteResult } from '../shared/analysis';
import type { WeightUse } from './readNetwork';

/** How the figures were counted: what the weights did, and how the communities were found. */
export interface Counting {
  weights: WeightUse;
  louvainRuns: number;
  seed: number;
}

const WEIGHT_WORDS: Record<WeightUse, string> = {
  strength:
    'the weight column was used for strength only (summed over repeated links); every other measure is unweighted',
  ignored: 'the weight column was ignored (--unweighted): strength equals degree',
  none: 'the edge list has no weight column: strength equals degree',
};

export function describeCounting(c: Counting): string {
  return `weights: ${WEIGHT_WORDS[c.weights]}. Communities: the best of ${c.louvainRuns} seeded Louvain runs (seed ${c.seed}).`;
}

/** JSON in the documented shape; nodes written by hand to keep file order (JS objects sort numeric keys). */
export function toJson(result: SuiteResult, counting: Counting): string {
  const graph = {
    nodes: result.nodes,
    edges: result.edges,
    components: result.components,
    modularity: result.modularity,
    weighted: counting.weights === 'strength' ? ['strength'] : [],
    weights: WEIGHT_WORDS[counting.weights],
    louvain_runs: counting.louvainRuns,
    seed: counting.seed,
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
