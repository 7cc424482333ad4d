import { PPN } from './fa2Matrices';

/** Clear space between two groups' discs, and between a group and a node outside it. */
const GROUP_GAP = 60;
/** Share of the way to its group's centre a member moves each step. */
const PULL = 0.06;

/**
 * The group-aware part of our ForceAtlas2 (run after each of graphology's steps): members are
 * drawn towards their group's centre, groups whose discs overlap are pushed apart whole, and
 * nodes outside a group are pushed out of its disc, so group boxes neither overlap nor hold
 * strangers. `groups[i]` is node i's group index, or -1. Pure apart from the matrix it moves.
 */
export function applyGroupGravity(
  nodes: Float32Array,
  groups: Int32Array,
  groupCount: number,
): void {
  if (groupCount === 0) return;
  const n = groups.length;
  const cx = new Float64Array(groupCount);
  const cy = new Float64Array(groupCount);
  const count = new Float64Array(groupCount);
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    if (g < 0) continue;
    cx[g] = cx[g]! + nodes[i * PPN]!;
    cy[g] = cy[g]! + nodes[i * PPN + 1]!;
    count[g] = count[g]! + 1;
  }
  for (let g = 0; g < groupCount; g++) {
    if (count[g]! > 0) {
      cx[g] = cx[g]! / count[g]!;
      cy[g] = cy[g]! / count[g]!;
    }
  }
  // Pull members in, then measure each group's disc as its members now stand.
  const radius = new Float64Array(groupCount);
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    if (g < 0) continue;
    const j = i * PPN;
    nodes[j] = nodes[j]! + (cx[g]! - nodes[j]!) * PULL;
    nodes[j + 1] = nodes[j + 1]! + (cy[g]! - nodes[j + 1]!) * PULL;
    const d = Math.hypot(nodes[j]! - cx[g]!, nodes[j + 1]! - cy[g]!);
    if (d > radius[g]!) radius[g] = d;
  }
  // Overlapping groups move apart, each by half the overlap, members and all.
  const dx = new Float64Array(groupCount);
  const dy = new Float64Array(groupCount);
  for (let a = 0; a < groupCount; a++) {
    if (count[a] === 0) continue;
    for (let b = a + 1; b < groupCount; b++) {
      if (count[b] === 0) continue;
      const ux = cx[b]! - cx[a]!;
      const uy = cy[b]! - cy[a]!;
      const dist = Math.hypot(ux, uy) || 0.01;
      const overlap = radius[a]! + radius[b]! + GROUP_GAP - dist;
      if (overlap <= 0) continue;
      const push = overlap / 2;
      dx[a] = dx[a]! - (ux / dist) * push;
      dy[a] = dy[a]! - (uy / dist) * push;
      dx[b] = dx[b]! + (ux / dist) * push;
      dy[b] = dy[b]! + (uy / dist) * push;
    }
  }
  for (let i = 0; i < n; i++) {
    const g = groups[i]!;
    const j = i * PPN;
    if (g >= 0) {
      nodes[j] = nodes[j]! + dx[g]!;
      nodes[j + 1] = nodes[j + 1]! + dy[g]!;
      continue;
    }
    // A node outside every group is moved to the edge of any group disc it stands in.
    for (let h = 0; h < groupCount; h++) {
      if (count[h] === 0) continue;
      const ox = nodes[j]! - (cx[h]! + dx[h]!);
      const oy = nodes[j + 1]! - (cy[h]! + dy[h]!);
      const d = Math.hypot(ox, oy) || 0.01;
      const edge = radius[h]! + GROUP_GAP / 2;
      if (d >= edge) continue;
      nodes[j] = nodes[j]! + (ox / d) * (edge - d);
      nodes[j + 1] = nodes[j + 1]! + (oy / d) * (edge - d);
    }
  }
}
