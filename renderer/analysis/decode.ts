import type { FlaggedExposure } from '../../shared/analysis';
import { linkLookup, type CompactGraph } from './compactGraph';
import type { BetweennessEstimate, Disruption, WireResult } from './protocol';

/** Results in the panel's terms: entity and link ids, ready to list and to show on the chart. */
export type AnalysisResult =
  | {
      kind: 'measure';
      /** Entity ids aligned with `values`. */
      ids: readonly string[];
      values: Float64Array;
      modularity: number | null;
      communities: number | null;
      estimate?: BetweennessEstimate;
    }
  | {
      kind: 'path';
      /** Entities along the path, first chosen first; null when they are not connected. */
      nodes: string[] | null;
      links: string[];
      /** For the strongest path: the product of link confidences along it. */
      confidence: number | null;
    }
  | { kind: 'connecting'; nodes: string[]; links: string[]; unconnected: [string, string][] }
  | ({ kind: 'disruption'; removed: string[]; stoppedByTimeBudget: boolean } & Disruption)
  | { kind: 'exposure'; controllers: string[]; rows: FlaggedExposure[] };

function pairsOf(flat: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

export function decodeResult(graph: CompactGraph, wire: WireResult): AnalysisResult {
  const id = (i: number) => graph.ids[i]!;
  const ids = (a: Int32Array) => Array.from(a, id);
  switch (wire.kind) {
    case 'measure':
      return { ...wire, ids: graph.ids };
    case 'path': {
      if (!wire.nodes) return { kind: 'path', nodes: null, links: [], confidence: null };
      const links = linkLookup(graph);
      const hops: string[] = [];
      for (let i = 0; i + 1 < wire.nodes.length; i++)
        hops.push(...links(wire.nodes[i]!, wire.nodes[i + 1]!));
      const confidence = wire.cost === null ? null : Math.exp(-wire.cost);
      return { kind: 'path', nodes: ids(wire.nodes), links: hops, confidence };
    }
    case 'connecting': {
      const links = linkLookup(graph);
      return {
        kind: 'connecting',
        nodes: ids(wire.nodes),
        links: pairsOf(wire.pairs).flatMap(([a, b]) => links(a, b)),
        unconnected: pairsOf(wire.unconnected).map(([a, b]) => [id(a), id(b)]),
      };
    }
    case 'disruption':
      return { ...wire, removed: ids(wire.removed) };
    case 'exposure':
      return { kind: 'exposure', controllers: ids(wire.controllers), rows: wire.rows };
  }
}
