import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { fa2Settings, PPN } from './fa2Matrices';
import { applyGroupGravity } from './groupGravity';

/** Groups for the group-aware step; none by default. */
export interface Fa2Groups {
  groups: Int32Array;
  groupCount: number;
}
const NO_GROUPS: Fa2Groups = { groups: new Int32Array(0), groupCount: 0 };

/**
 * Runs `iterations` ForceAtlas2 steps in place, each followed by the group-aware step
 * (groupGravity.ts), reporting progress every `every` steps and
 * stopping early when `cancelled()` says so. Pure apart from the matrix it moves, so the worker
 * and the unit tests run the same code.
 */
export function runFa2(
  nodes: Float32Array,
  edges: Float32Array,
  iterations: number,
  onProgress: (done: number) => void = () => {},
  cancelled: () => boolean = () => false,
  every = 25,
  groups: Fa2Groups = NO_GROUPS,
): number {
  const settings = fa2Settings(nodes.length / PPN);
  let done = 0;
  while (done < iterations && !cancelled()) {
    iterate(settings, nodes, edges);
    applyGroupGravity(nodes, groups.groups, groups.groupCount);
    done += 1;
    if (done % every === 0) onProgress(done);
  }
  return done;
}
