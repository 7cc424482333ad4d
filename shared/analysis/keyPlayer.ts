import type Graph from 'graphology-types';
import { nodeIndex, toCsr, type Csr } from './csr';
import {
  distanceFragmentationOf,
  fragmentationOf,
  networkState,
  type NetworkState,
} from './fragmentation';

export type KeyPlayerObjective = 'fragmentation' | 'distanceFragmentation';

export interface KeyPlayerOptions {
  /** How many people to take out. */
  k: number;
  /** Default 'fragmentation' (F); 'distanceFragmentation' (DF) is finer but costs O(n·m) per trial. */
  objective?: KeyPlayerObjective;
  /** Greedy and swap trials stop after this long; the best set so far is returned. Default 5000 ms. */
  timeBudgetMs?: number;
  /** Only the highest-degree candidates are tried on big networks. Default 500. */
  candidateLimit?: number;
  /** Compute DF in the before/after report (O(n·m)). Default true. */
  reportDistanceFragmentation?: boolean;
  /**
   * Called at most every 100 ms: the greedy phase fills the first 60 % (person by person, trial
   * by trial), the swap pass the rest against its share of the time budget.
   */
  onProgress?: (fraction: number, stage: string) => void;
}

export interface DisruptionReport {
  removed: string[];
  before: NetworkState;
  after: NetworkState;
}

export interface KeyPlayerResult extends DisruptionReport {
  objective: KeyPlayerObjective;
  /** True when the time budget ran out before the swap pass found no further improvement. */
  stoppedByTimeBudget: boolean;
}

/** What happens to the network if these people are taken out (arrest, remand, relocation...). */
export function whatIf(
  input: Graph | Csr,
  removedIds: readonly string[],
  options: { distanceFragmentation?: boolean } = {},
): DisruptionReport {
  const csr = toCsr(input);
  const removed = new Uint8Array(csr.n);
  for (const id of removedIds) removed[nodeIndex(csr, id)] = 1;
  const withDistance = options.distanceFragmentation ?? true;
  return {
    removed: csr.ids.filter((_, v) => removed[v]),
    before: networkState(csr, undefined, withDistance),
    after: networkState(csr, removed, withDistance),
  };
}

/**
 * Key-player problem, negative version (Borgatti 2006): the k people whose removal fragments the
 * network most. Greedy selection (add whoever raises the objective most), then Borgatti's swap
 * pass (swap a chosen person for an unchosen one whenever that raises the objective) until no
 * swap helps or the time budget is spent. A heuristic: not guaranteed optimal.
 */
export function keyPlayers(input: Graph | Csr, options: KeyPlayerOptions): KeyPlayerResult {
  const csr = toCsr(input);
  const k = Math.floor(options.k);
  if (!(k >= 1 && k < csr.n))
    throw new Error(`analysis: choose between 1 and ${csr.n - 1} key players.`);
  const objective = options.objective ?? 'fragmentation';
  const score = (removed: Uint8Array) =>
    objective === 'fragmentation'
      ? fragmentationOf(csr, removed).fragmentation
      : distanceFragmentationOf(csr, removed);
  const started = performance.now();
  const deadline = started + (options.timeBudgetMs ?? 5000);
  const candidates = byDegree(csr).slice(0, Math.max(k, options.candidateLimit ?? 500));
  let reported = -Infinity;
  const report = (fraction: () => number, stage: () => string) => {
    const now = performance.now();
    if (!options.onProgress || now - reported < 100) return;
    reported = now;
    options.onProgress(Math.min(1, fraction()), stage());
  };
  const removed = new Uint8Array(csr.n);
  const chosen: number[] = [];
  let stoppedByTimeBudget = false;
  while (chosen.length < k) {
    let best = -1;
    let bestScore = -Infinity;
    let tried = 0;
    for (const v of candidates) {
      report(
        () => (0.6 * (chosen.length + tried / candidates.length)) / k,
        () => `Choosing key player ${chosen.length + 1} of ${k}`,
      );
      tried += 1;
      if (removed[v]) continue;
      if (best !== -1 && performance.now() > deadline) {
        stoppedByTimeBudget = true;
        break;
      }
      removed[v] = 1;
      const s = score(removed);
      removed[v] = 0;
      if (s > bestScore) [best, bestScore] = [v, s];
    }
    removed[best] = 1;
    chosen.push(best);
  }
  let current = score(removed);
  let improved = !stoppedByTimeBudget;
  const swapsFrom = performance.now();
  let pass = 0;
  while (improved && !stoppedByTimeBudget) {
    improved = false;
    pass += 1;
    for (let i = 0; i < chosen.length && !stoppedByTimeBudget; i++) {
      for (const v of candidates) {
        if (removed[v]) continue;
        if (performance.now() > deadline) {
          stoppedByTimeBudget = true;
          break;
        }
        report(
          () => 0.6 + (0.4 * (performance.now() - swapsFrom)) / Math.max(1, deadline - swapsFrom),
          () => `Trying swaps that split the network further (pass ${pass})`,
        );
        const u = chosen[i]!;
        removed[u] = 0;
        removed[v] = 1;
        const s = score(removed);
        if (s > current + 1e-12) {
          chosen[i] = v;
          current = s;
          improved = true;
        } else {
          removed[v] = 0;
          removed[u] = 1;
        }
      }
    }
  }
  const withDistance = options.reportDistanceFragmentation ?? true;
  return {
    removed: chosen.map((v) => csr.ids[v]!),
    before: networkState(csr, undefined, withDistance),
    after: networkState(csr, removed, withDistance),
    objective,
    stoppedByTimeBudget,
  };
}

/** Node indices by decreasing degree (ties in node order): likely key players first. */
function byDegree(csr: Csr): number[] {
  const order = Array.from({ length: csr.n }, (_, v) => v);
  const deg = (v: number) => csr.offsets[v + 1]! - csr.offsets[v]!;
  return order.sort((a, b) => deg(b) - deg(a) || a - b);
}
