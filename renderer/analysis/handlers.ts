/**
 * The worker's computations, kept free of worker plumbing so they run (and are tested) in Node
 * exactly as in the worker. Only shared/analysis does the maths.
 */
import {
  betweennessFromDependency,
  closenessFromSums,
  connectingNetwork,
  csrFromEdgeArrays,
  emptyPathSums,
  addPathSums,
  exposure,
  keyPlayers,
  louvain,
  measureById,
  pathSumsRange,
  sampledBetweenness,
  shortestPath,
  strongestPath,
  whatIf,
  type Csr,
  type PathSums,
  type SuiteField,
} from '../../shared/analysis';
import { chooseControllers } from './controllers';
import type { AnalysisQuery, GraphMessage, WireResult } from './protocol';

export type Progress = (fraction: number, stage: string) => void;

/** Parallel confidences keep the best; parallel strengths add up (weighted degree). */
export function csrFromMessage(message: GraphMessage): Csr {
  const merge = message.key.endsWith('/confidence') ? 'max' : 'sum';
  return csrFromEdgeArrays(message.ids, message.src, message.dst, message.weights, merge);
}

const PATH_MEASURES: ReadonlySet<SuiteField> = new Set([
  'betweenness',
  'betweenness_normalized',
  'closeness',
  'closeness_wf',
]);

/** One BFS per source in slices, so the worker can say how far it has got. */
export function pathSumsWithProgress(csr: Csr, progress: Progress, stage: string): PathSums {
  const total = emptyPathSums(csr.n);
  const slice = Math.max(1, Math.ceil(csr.n / 40));
  for (let from = 0; from < csr.n; from += slice) {
    progress(from / Math.max(1, csr.n), stage);
    addPathSums(total, pathSumsRange(csr, from, Math.min(csr.n, from + slice), true));
  }
  progress(1, stage);
  return total;
}

/**
 * Above this many entities exact betweenness (one search from every entity) takes minutes on a
 * laptop; it is estimated from sampled sources instead, with its error bound shown beside it.
 */
export const SAMPLED_BETWEENNESS_ABOVE = 20_000;
const SAMPLED_BUDGET_MS = 8_000;
/** Enough for a tight bound on maps just over the threshold; big ones stop at the budget first. */
const SAMPLED_MAX_PIVOTS = 4_000;

function sampledMeasure(csr: Csr, field: SuiteField, progress: Progress): WireResult {
  progress(0, 'Estimating betweenness from sampled sources (large map)');
  const est = sampledBetweenness(csr, {
    samples: Math.min(csr.n, SAMPLED_MAX_PIVOTS),
    seed: 1,
    timeBudgetMs: SAMPLED_BUDGET_MS,
  });
  return {
    kind: 'measure',
    values: field === 'betweenness' ? est.raw : est.normalized,
    modularity: null,
    communities: null,
    estimate: { pivots: est.samples, nodes: csr.n, boundPerEntity: est.errorBoundPerNode },
  };
}

function measure(csr: Csr, field: SuiteField, progress: Progress, runs?: number): WireResult {
  const betweenness = field === 'betweenness' || field === 'betweenness_normalized';
  if (betweenness && csr.n > SAMPLED_BETWEENNESS_ABOVE) return sampledMeasure(csr, field, progress);
  if (PATH_MEASURES.has(field)) {
    const sums = pathSumsWithProgress(csr, progress, 'Following every shortest route');
    const b = betweennessFromDependency(sums.dependency, csr.n);
    const c = closenessFromSums(sums, csr.n);
    const pick: Partial<Record<SuiteField, Float64Array>> = {
      betweenness: b.raw,
      betweenness_normalized: b.normalized,
      closeness: c.closeness,
      closeness_wf: c.wassermanFaust,
    };
    return { kind: 'measure', values: pick[field]!, modularity: null, communities: null };
  }
  progress(0, `Computing ${measureById(field).label.toLowerCase()}`);
  if (field === 'community') {
    const found = louvain(csr, runs ? { runs } : {});
    return {
      kind: 'measure',
      values: Float64Array.from(found.community),
      modularity: found.modularity,
      communities: found.count,
    };
  }
  const values = Float64Array.from(measureById(field).fn(csr));
  return { kind: 'measure', values, modularity: null, communities: null };
}

const indicesOf = (csr: Csr, ids: readonly string[]) =>
  Int32Array.from(ids.map((id) => csr.index.get(id) ?? -1).filter((i) => i >= 0));

/** A selection can hold ids deleted since: they are left out rather than failing the run. */
const known = (csr: Csr, ids: readonly string[]) => ids.filter((id) => csr.index.has(id));

export function runQuery(csr: Csr, query: AnalysisQuery, progress: Progress): WireResult {
  switch (query.kind) {
    case 'measure':
      return measure(csr, query.measure, progress, query.runs);
    case 'shortestPath': {
      const path = shortestPath(csr, query.from, query.to);
      return { kind: 'path', nodes: path ? indicesOf(csr, path) : null, cost: null };
    }
    case 'strongestPath': {
      const found = strongestPath(csr, query.from, query.to, { cost: 'negativeLog' });
      return found
        ? { kind: 'path', nodes: indicesOf(csr, found.path), cost: found.cost }
        : { kind: 'path', nodes: null, cost: null };
    }
    case 'connecting': {
      const net = connectingNetwork(csr, known(csr, query.ids));
      return {
        kind: 'connecting',
        nodes: indicesOf(csr, net.nodes),
        pairs: indicesOf(csr, net.links.flat()),
        unconnected: indicesOf(csr, net.unconnected.flat()),
      };
    }
    case 'keyPlayers': {
      progress(0, `Searching for ${query.k} key players`);
      const found = keyPlayers(csr, {
        k: query.k,
        timeBudgetMs: query.timeBudgetMs,
        onProgress: progress,
      });
      return {
        kind: 'disruption',
        removed: indicesOf(csr, found.removed),
        before: found.before,
        after: found.after,
        stoppedByTimeBudget: found.stoppedByTimeBudget,
      };
    }
    case 'whatIf': {
      progress(0, 'Removing the chosen entities');
      const report = whatIf(csr, known(csr, query.ids));
      const { before, after } = report;
      const removed = indicesOf(csr, report.removed);
      return { kind: 'disruption', removed, before, after, stoppedByTimeBudget: false };
    }
    case 'exposure': {
      const sums = pathSumsWithProgress(csr, progress, 'Ranking suspects by betweenness');
      const between = betweennessFromDependency(sums.dependency, csr.n).raw;
      const controllers = chooseControllers(
        between,
        csr.index,
        query.suspects,
        query.named,
        query.top,
      );
      const flagged = known(csr, query.flagged);
      progress(1, 'Measuring distances to controllers');
      return {
        kind: 'exposure',
        controllers: indicesOf(csr, controllers),
        rows: exposure(csr, flagged, controllers),
      };
    }
  }
}
