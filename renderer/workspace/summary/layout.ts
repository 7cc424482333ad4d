import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { fa2Settings, PPE, PPN } from '../layout/fa2Matrices';
import type { SummaryModel } from './combos';

export type Position = { x: number; y: number };

/** Distance between neighbouring members inside a combo, in chart units (a node is 40 across). */
const MEMBER_GAP = 70;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Clear space kept between two combos' discs. */
const COMBO_GAP = 60;
const MIN_RADIUS = 260;

/**
 * The disc a combo's members fill when it is expanded (or everything is shown), and the size
 * of the combo when collapsed; never so small that its caption cannot be read beside the rest.
 */
export function comboRadius(size: number): number {
  return Math.max(MIN_RADIUS, MEMBER_GAP * 0.55 * Math.sqrt(Math.max(size, 1)) + 40);
}

/**
 * Where everything goes in a summarised map, worked out once: the combos by ForceAtlas2 on the
 * small graph of combos and their combined links (sizes set to each combo's disc, so no two
 * discs overlap), then each combo's members on a sunflower spiral inside its disc, best-linked
 * at the centre. Expanding a combo, or showing every entity, then needs no layout at all, and
 * groups never sit on top of each other.
 */
export function summaryPositions(model: SummaryModel, iterations = 250): Map<string, Position> {
  const combos = [...model.combos.values()];
  const index = new Map(combos.map((c, i) => [c.id, i]));
  const nodes = new Float32Array(combos.length * PPN);
  const ring = 200 * Math.sqrt(combos.length);
  combos.forEach((c, i) => {
    const j = i * PPN;
    const angle = i * GOLDEN_ANGLE;
    nodes[j] = ring * Math.cos(angle) * Math.sqrt((i + 0.5) / combos.length);
    nodes[j + 1] = ring * Math.sin(angle) * Math.sqrt((i + 0.5) / combos.length);
    nodes[j + 6] = 1 + Math.log1p(c.size);
    nodes[j + 7] = 1;
    nodes[j + 8] = comboRadius(c.size) + COMBO_GAP / 2;
  });
  const weights = new Map<string, number>();
  for (const e of model.elements.edges) {
    const a = index.get(model.comboOf.get(e.source) ?? '');
    const b = index.get(model.comboOf.get(e.target) ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const edges = new Float32Array(weights.size * PPE);
  [...weights].forEach(([key, w], i) => {
    const [a, b] = key.split(',').map(Number) as [number, number];
    edges[i * PPE] = a * PPN;
    edges[i * PPE + 1] = b * PPN;
    edges[i * PPE + 2] = Math.log1p(w);
  });
  const settings = { ...fa2Settings(combos.length), adjustSizes: true, barnesHutOptimize: false };
  for (let k = 0; k < iterations && combos.length > 1; k++) iterate(settings, nodes, edges);
  separate(nodes, combos.length);

  const out = new Map<string, Position>();
  combos.forEach((c, i) => {
    const centre = { x: nodes[i * PPN] ?? 0, y: nodes[i * PPN + 1] ?? 0 };
    out.set(c.id, centre);
    c.members.forEach((id, m) => out.set(id, sunflower(centre, m)));
  });
  return out;
}

/** The m-th place on a sunflower spiral around `centre`: even spacing, densest at the middle. */
export function sunflower(centre: Position, m: number): Position {
  const r = MEMBER_GAP * 0.55 * Math.sqrt(m + 0.5);
  const a = m * GOLDEN_ANGLE;
  return { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
}

/** ForceAtlas2's size adjustment is approximate: push apart any discs that still overlap. */
function separate(nodes: Float32Array, n: number): void {
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = i * PPN;
        const b = j * PPN;
        const dx = (nodes[b] as number) - (nodes[a] as number);
        const dy = (nodes[b + 1] as number) - (nodes[a + 1] as number);
        const need = (nodes[a + 8] as number) + (nodes[b + 8] as number);
        const dist = Math.hypot(dx, dy) || 0.01;
        if (dist >= need) continue;
        const push = (need - dist) / 2 + 1;
        const ux = dx / dist;
        const uy = dy / dist;
        nodes[a] = (nodes[a] as number) - ux * push;
        nodes[a + 1] = (nodes[a + 1] as number) - uy * push;
        nodes[b] = (nodes[b] as number) + ux * push;
        nodes[b + 1] = (nodes[b + 1] as number) + uy * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
