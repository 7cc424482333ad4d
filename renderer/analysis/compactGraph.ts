import { gradeConfidence, type Link } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';

/**
 * How links become weights. 'none' is the default on purpose: every measure but `strength` and
 * the strongest path reads the unweighted graph, and a weight must never switch an algorithm to
 * its weighted form by accident (graphology-metrics' `weight` habit).
 * - 'strength': the analyst's 1-5 strength, summed over parallel links (weighted degree);
 * - 'confidence': strength / 5 x grade confidence (shared/model gradeConfidence), in (0, 1],
 *   so that a chain of strong, well-graded links is the most believable route.
 */
export type LinkWeighting = 'none' | 'strength' | 'confidence';

/** The workspace as the worker sees it: entity ids, and one row per link as index pairs. */
export interface CompactGraph {
  /** Entity ids; the position is the node index used by every typed array. */
  ids: string[];
  src: Int32Array;
  dst: Int32Array;
  /** Aligned with src/dst; null for the unweighted view. */
  weights: Float64Array | null;
  /** The link id of each row, so results can be shown on the chart. */
  linkIds: string[];
  weighting: LinkWeighting;
}

export function linkWeight(link: Link, weighting: Exclude<LinkWeighting, 'none'>): number {
  if (weighting === 'strength') return link.strength;
  return (link.strength / 5) * gradeConfidence(link.grade);
}

/**
 * Entities become nodes and links rows; a link whose end is not in the workspace (a record in
 * quarantine, say) is left out rather than invented. Direction is kept in src/dst but every
 * measure reads the undirected simple view that shared/analysis builds from these rows.
 */
export function buildCompactGraph(
  loaded: Pick<LoadedWorkspace, 'entities' | 'links'>,
  weighting: LinkWeighting = 'none',
): CompactGraph {
  const ids = [...loaded.entities.keys()];
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const src = new Int32Array(loaded.links.size);
  const dst = new Int32Array(loaded.links.size);
  const weights = weighting === 'none' ? null : new Float64Array(loaded.links.size);
  const linkIds: string[] = [];
  for (const link of loaded.links.values()) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    const row = linkIds.length;
    src[row] = a;
    dst[row] = b;
    if (weights && weighting !== 'none') weights[row] = linkWeight(link, weighting);
    linkIds.push(link.id);
  }
  const rows = linkIds.length;
  return {
    ids,
    src: src.slice(0, rows),
    dst: dst.slice(0, rows),
    weights: weights ? weights.slice(0, rows) : null,
    linkIds,
    weighting,
  };
}

/** Index of links by their (unordered) pair of ends, to turn a path of nodes into link ids. */
export function linkLookup(graph: CompactGraph): (a: number, b: number) => string[] {
  const n = graph.ids.length;
  const byPair = new Map<number, string[]>();
  for (let row = 0; row < graph.linkIds.length; row++) {
    const a = graph.src[row]!;
    const b = graph.dst[row]!;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const list = byPair.get(key);
    if (list) list.push(graph.linkIds[row]!);
    else byPair.set(key, [graph.linkIds[row]!]);
  }
  return (a, b) => byPair.get(Math.min(a, b) * n + Math.max(a, b)) ?? [];
}
