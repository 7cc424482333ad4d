/**
 * A saved view as a briefing slide: what its filters show, in numbers and words, and a static
 * drawing from the positions saved with it (no live canvas in a presentation).
 */
import { toGraph } from '../../shared/graph';
import { ENTITY_KINDS, type EntityKind, type SavedView } from '../../shared/model';
import type { LoadedWorkspace } from '../store';
import { readStoredFilters } from '../workspace/filters/storedFilters';
import { describeFilters, visibleSet } from '../workspace/filters/viewFilters';

export interface SlideNode {
  id: string;
  label: string;
  kind: EntityKind;
  /** 0-1 across the drawing. */
  x: number;
  y: number;
}

export interface ViewSlideData {
  title: string;
  filters: string;
  entities: number;
  links: number;
  kinds: { label: string; count: number }[];
  nodes: SlideNode[];
  edges: [number, number, number, number][];
}

export function viewSlideData(loaded: LoadedWorkspace, view: SavedView): ViewSlideData {
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
  const scale = (v: number, lo: number, hi: number) => (hi > lo ? (v - lo) / (hi - lo) : 0.5);
  const nodes = placed.map((p) => ({
    id: p.id,
    label: p.label,
    kind: p.kind,
    x: scale(p.px, minX, maxX),
    y: scale(p.py, minY, maxY),
  }));
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: ViewSlideData['edges'] = [];
  for (const id of visible.links) {
    const l = loaded.links.get(id);
    const a = l && at.get(l.source);
    const b = l && at.get(l.target);
    if (a && b) edges.push([a.x, a.y, b.x, b.y]);
  }
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
  };
}
