/**
 * A saved view as a briefing slide: what its filters show, in numbers and words, and a static
 * drawing from the positions saved with it (no live canvas in a presentation), labelled by the
 * chart's label plan (slideLabels.ts).
 */
import { toGraph } from '../../shared/graph';
import { ENTITY_KINDS, type EntityKind, type SavedView } from '../../shared/model';
import type { LoadedWorkspace } from '../store';
import { readStoredFilters } from '../workspace/filters/storedFilters';
import { describeFilters, visibleSet } from '../workspace/filters/viewFilters';
import { slideLabels, type SlideLabel, type TextMeasure } from './slideLabels';

/** The drawing's size and margin, in its own units (the SVG's viewBox). */
export const SLIDE_DRAWING = { width: 960, height: 440, pad: 24 };

export interface SlideNode {
  id: string;
  label: string;
  kind: EntityKind;
  /** Centre on the drawing, in its units. */
  x: number;
  y: number;
  /** Links drawn to it on this slide. */
  degree: number;
}

export interface ViewSlideData {
  title: string;
  filters: string;
  entities: number;
  links: number;
  kinds: { label: string; count: number }[];
  nodes: SlideNode[];
  edges: [number, number, number, number][];
  labels: SlideLabel[];
}

export function viewSlideData(
  loaded: LoadedWorkspace,
  view: SavedView,
  measure?: TextMeasure,
): ViewSlideData {
  const filters = readStoredFilters(view.filters);
  const visible = visibleSet(toGraph(loaded.entities.values(), loaded.links.values()), filters);
  const counts = new Map<EntityKind, number>();
  for (const id of visible.entities) {
    const kind = loaded.entities.get(id)?.kind;
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const placed = [...visible.entities].flatMap((id) => {
    const p = view.positions[id];
    const e = loaded.entities.get(id);
    return p && e ? [{ id, label: e.label, kind: e.kind, px: p.x, py: p.y }] : [];
  });
  const xs = placed.map((p) => p.px);
  const ys = placed.map((p) => p.py);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const { width, height, pad } = SLIDE_DRAWING;
  const scale = (v: number, lo: number, hi: number, size: number) =>
    pad + (hi > lo ? (v - lo) / (hi - lo) : 0.5) * (size - 2 * pad);
  const nodes: SlideNode[] = placed.map((p) => ({
    id: p.id,
    label: p.label,
    kind: p.kind,
    x: scale(p.px, minX, maxX, width),
    y: scale(p.py, minY, maxY, height),
    degree: 0,
  }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: ViewSlideData['edges'] = [];
  for (const id of visible.links) {
    const l = loaded.links.get(id);
    const a = l && at.get(l.source);
    const b = l && at.get(l.target);
    if (!a || !b) continue;
    edges.push([a.x, a.y, b.x, b.y]);
    a.degree += 1;
    b.degree += 1;
  }
  const labels = slideLabels(
    nodes.map((n) => ({ id: n.id, text: n.label, x: n.x, y: n.y, rank: n.degree })),
    SLIDE_DRAWING,
    measure,
  );
  return {
    title: view.name,
    filters: describeFilters(filters),
    entities: visible.entities.size,
    links: visible.links.size,
    kinds: [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, count]) => ({ label: ENTITY_KINDS[k].plural, count })),
    nodes,
    edges,
    labels,
  };
}
