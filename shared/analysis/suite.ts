import type Graph from 'graphology-types';
import { betweennessFromDependency } from './betweenness';
import { pathSumsRange, type PathSums } from './brandes';
import { closenessFromSums } from './closeness';
import { connectedComponents } from './components';
import { coreNumber } from './coreNumber';
import { toCsr, type Csr, type EdgeWeightSource } from './csr';
import { degree, degreeCentrality, strength } from './degree';
import { eigenvector } from './eigenvector';
import { louvain } from './louvain';
import { pagerank } from './pagerank';

/** Per-node fields of the suite, in the order the command line prints them. */
export const SUITE_FIELDS = [
  'degree',
  'degree_centrality',
  'strength',
  'betweenness',
  'betweenness_normalized',
  'closeness',
  'closeness_wf',
  'eigenvector_l2',
  'pagerank',
  'core_number',
  'community',
] as const;
export type SuiteField = (typeof SUITE_FIELDS)[number];

export interface SuiteOptions {
  /** Weight source for `strength` only; every other measure is unweighted. */
  weight?: EdgeWeightSource;
  seed?: number;
  louvainRuns?: number;
  /**
   * Path sums over all sources, if the caller computed them already (the command line splits
   * them across threads). Otherwise computed here, one BFS per source feeding both betweenness
   * and closeness.
   */
  pathSums?: PathSums;
}

export interface SuiteResult {
  ids: readonly string[];
  nodes: number;
  edges: number;
  components: number;
  modularity: number;
  communities: number;
  values: Record<SuiteField, Float64Array | Int32Array>;
}

export function runSuite(input: Graph | Csr, options: SuiteOptions = {}): SuiteResult {
  const csr = toCsr(input, { weight: options.weight });
  const sums = options.pathSums ?? pathSumsRange(csr, 0, csr.n, true);
  const between = betweennessFromDependency(sums.dependency, csr.n);
  const close = closenessFromSums(sums, csr.n);
  const communities = louvain(csr, { runs: options.louvainRuns, seed: options.seed });
  return {
    ids: csr.ids,
    nodes: csr.n,
    edges: csr.m,
    components: connectedComponents(csr).count,
    modularity: communities.modularity,
    communities: communities.count,
    values: {
      degree: degree(csr),
      degree_centrality: degreeCentrality(csr),
      strength: strength(csr),
      betweenness: between.raw,
      betweenness_normalized: between.normalized,
      closeness: close.closeness,
      closeness_wf: close.wassermanFaust,
      eigenvector_l2: eigenvector(csr).vector,
      pagerank: pagerank(csr),
      core_number: coreNumber(csr),
      community: communities.community,
    },
  };
}
