import type { NetworkState, SuiteField } from '../../shared/analysis';
import type { FlaggedExposure } from '../../shared/analysis';

/** What the panel can ask for. Entities are named by id; the worker maps them to indices. */
export type AnalysisQuery =
  /** `runs`: Louvain restarts for 'community' (default by size); one is enough for a summary. */
  | { kind: 'measure'; measure: SuiteField; runs?: number }
  | { kind: 'shortestPath'; from: string; to: string }
  | { kind: 'strongestPath'; from: string; to: string }
  | { kind: 'connecting'; ids: string[] }
  | { kind: 'keyPlayers'; k: number; timeBudgetMs: number }
  | { kind: 'whatIf'; ids: string[] }
  | {
      kind: 'exposure';
      flagged: string[];
      /** Nominals recorded as suspects: the `top` of them by betweenness count as controllers. */
      suspects: string[];
      /** Entities that control someone or run a line: controllers whatever their betweenness. */
      named: string[];
      top: number;
    };

export interface Disruption {
  before: NetworkState;
  after: NetworkState;
}

/**
 * Results as the worker sends them: node indices and values in typed arrays (transferred, not
 * copied), plus the few small figures that are plain numbers.
 */
export type WireResult =
  | {
      kind: 'measure';
      values: Float64Array;
      modularity: number | null;
      communities: number | null;
      /** Set when betweenness was estimated from sampled sources (large maps). */
      estimate?: BetweennessEstimate;
    }
  | { kind: 'path'; nodes: Int32Array | null; cost: number | null }
  | { kind: 'connecting'; nodes: Int32Array; pairs: Int32Array; unconnected: Int32Array }
  | ({ kind: 'disruption'; removed: Int32Array; stoppedByTimeBudget: boolean } & Disruption)
  | { kind: 'exposure'; controllers: Int32Array; rows: FlaggedExposure[] };

/** How a sampled betweenness was made, and how far each normalised value may be from the truth. */
export interface BetweennessEstimate {
  pivots: number;
  nodes: number;
  /** 95 % bound on one entity's normalised value (Hoeffding; see docs/measures.md). */
  boundPerEntity: number;
}

/** How many compact graphs the worker keeps, oldest dropped first; the client mirrors it. */
export const KEEP_GRAPHS = 4;

export interface GraphMessage {
  type: 'graph';
  key: string;
  ids: string[];
  src: Int32Array;
  dst: Int32Array;
  weights: Float64Array | null;
}
export interface RunMessage {
  type: 'run';
  id: number;
  graphKey: string;
  query: AnalysisQuery;
}
export type ToWorker = GraphMessage | RunMessage;

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number; stage: string }
  | { type: 'result'; id: number; result: WireResult }
  | { type: 'error'; id: number; message: string };

/** The buffers of a result, so the worker can hand them over without a copy. */
export function transferablesOf(result: WireResult): ArrayBuffer[] {
  const arrays: (Int32Array | Float64Array | null)[] =
    result.kind === 'measure'
      ? [result.values]
      : result.kind === 'path'
        ? [result.nodes]
        : result.kind === 'connecting'
          ? [result.nodes, result.pairs, result.unconnected]
          : result.kind === 'disruption'
            ? [result.removed]
            : [result.controllers];
  return arrays.filter((a) => a !== null).map((a) => a.buffer as ArrayBuffer);
}
