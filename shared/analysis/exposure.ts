import type Graph from 'graphology-types';
import { bfsFrom, tracePath } from './bfs';
import { nodeIndex, toCsr, type Csr } from './csr';

export interface Intermediary {
  id: string;
  /** Number of shortest paths from the flagged person to the controller through this node. */
  paths: number;
  /** paths / all shortest paths between the two: 1 means every shortest route runs through them. */
  share: number;
}

export interface ControllerExposure {
  controller: string;
  /** Hops to the controller, or null if not connected at all. */
  hops: number | null;
  /** One shortest path, flagged person first; null if not connected. */
  path: string[] | null;
  /** Who stands between them: nodes on any shortest path, most paths first (ends excluded). */
  between: Intermediary[];
}

export interface FlaggedExposure {
  flagged: string;
  /** Hops to the nearest controller, or null if none is reachable. */
  nearestHops: number | null;
  controllers: ControllerExposure[];
}

/**
 * Exposure of the vulnerable: how close each safeguarding-flagged person sits to the network's
 * controllers, and through whom. Paths through v are counted as σ_f(v)·σ_c(v) for v with
 * d(f,v) + d(v,c) = d(f,c), from one BFS per flagged person and one per controller.
 */
export function exposure(
  input: Graph | Csr,
  flaggedIds: readonly string[],
  controllerIds: readonly string[],
): FlaggedExposure[] {
  const csr = toCsr(input);
  const controllers = controllerIds.map((id) => ({ id, search: bfsFrom(csr, nodeIndex(csr, id)) }));
  return flaggedIds.map((flagged) => {
    const f = nodeIndex(csr, flagged);
    const fromF = bfsFrom(csr, f);
    const results = controllers.map(({ id, search }): ControllerExposure => {
      const c = nodeIndex(csr, id);
      const hops = fromF.dist[c]!;
      if (hops < 0) return { controller: id, hops: null, path: null, between: [] };
      const total = fromF.sigma[c]!;
      const between: Intermediary[] = [];
      for (const v of fromF.order) {
        if (v === f || v === c || fromF.dist[v]! >= hops) continue;
        if (search.dist[v]! < 0 || fromF.dist[v]! + search.dist[v]! !== hops) continue;
        const paths = fromF.sigma[v]! * search.sigma[v]!;
        between.push({ id: csr.ids[v]!, paths, share: paths / total });
      }
      between.sort((a, b) => b.paths - a.paths || a.id.localeCompare(b.id));
      return {
        controller: id,
        hops,
        path: tracePath(csr, fromF.dist, c).map((v) => csr.ids[v]!),
        between,
      };
    });
    const reachable = results.filter((r) => r.hops !== null).map((r) => r.hops!);
    return {
      flagged,
      nearestHops: reachable.length ? Math.min(...reachable) : null,
      controllers: results,
    };
  });
}
