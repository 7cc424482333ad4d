/**
 * Map slides are labelled by the chart's label plan: the key entities (the most linked, as many
 * as keyCount keeps) are named on every slide, however many nodes it shows and however they
 * crowd, and no two labels touch. Checked on the demo laid out by ForceAtlas2 and in a ring,
 * and on synthetic workspaces of 300 and 2,000 entities.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import type { SavedView } from '../../../shared/model';
import {
  viewSlideData,
  SLIDE_DRAWING,
  type ViewSlideData,
} from '../../../renderer/briefing/viewSlide';
import { syntheticLoaded } from '../../../renderer/dev/syntheticLoaded';
import { keyCount } from '../../../renderer/workspace/labels/labelPlan';
import type { LoadedWorkspace } from '../../../renderer/store';
import { demoWith, STAMP } from './fixture';

const view = (loaded: LoadedWorkspace, positions: SavedView['positions']): SavedView => ({
  id: 'view_00000000000000000001',
  workspaceId: loaded.workspace.id,
  name: 'Whole network',
  filters: {},
  positions,
  styling: {},
  layout: 'preset',
  createdAt: STAMP,
  updatedAt: STAMP,
});

function forcePositions(loaded: LoadedWorkspace): SavedView['positions'] {
  const graph = new Graph<{ x: number; y: number }>({ multi: true, type: 'undirected' });
  [...loaded.entities.keys()].forEach((id, a) =>
    graph.addNode(id, { x: Math.cos(a) * a, y: Math.sin(a) * a }),
  );
  for (const l of loaded.links.values()) graph.addEdge(l.source, l.target);
  forceAtlas2.assign(graph, { iterations: 300, settings: forceAtlas2.inferSettings(graph) });
  const out: SavedView['positions'] = {};
  graph.forEachNode((id, attrs) => (out[id] = { x: attrs.x, y: attrs.y }));
  return out;
}

function ringPositions(loaded: LoadedWorkspace): SavedView['positions'] {
  const ids = [...loaded.entities.keys()];
  return Object.fromEntries(
    ids.map((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      return [id, { x: 500 * Math.cos(a), y: 300 * Math.sin(a) }];
    }),
  );
}

/** The key entities worked out here, independently: the most links drawn on the slide. */
function expectedKeys(data: ViewSlideData): string[] {
  const degree = new Map(data.nodes.map((n) => [n.id, 0]));
  const at = (x: number, y: number) => data.nodes.filter((n) => n.x === x && n.y === y);
  for (const [x1, y1, x2, y2] of data.edges)
    for (const n of [...at(x1, y1), ...at(x2, y2)]) degree.set(n.id, degree.get(n.id)! + 1);
  const sorted = [...degree].sort((a, b) => b[1] - a[1]);
  const k = keyCount(data.nodes.length);
  const threshold = sorted[Math.min(k, sorted.length) - 1]?.[1] ?? 0;
  // Ties at the threshold may go either way; everything above it must be a key.
  return sorted.filter(([, d]) => d > threshold).map(([id]) => id);
}

function checkSlide(data: ViewSlideData) {
  const labelled = new Set(data.labels.map((l) => l.id));
  for (const id of expectedKeys(data)) expect(labelled.has(id), id).toBe(true);
  expect(data.labels.filter((l) => l.key)).toHaveLength(
    Math.min(keyCount(data.nodes.length), data.nodes.length),
  );
  for (const [i, a] of data.labels.entries()) {
    expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width / 2).toBeLessThanOrEqual(SLIDE_DRAWING.width);
    expect(a.top).toBeGreaterThanOrEqual(0);
    expect(a.top + a.height).toBeLessThanOrEqual(SLIDE_DRAWING.height);
    for (const b of data.labels.slice(i + 1)) {
      const apart =
        a.x + a.width / 2 <= b.x - b.width / 2 ||
        b.x + b.width / 2 <= a.x - a.width / 2 ||
        a.top + a.height <= b.top ||
        b.top + b.height <= a.top;
      expect(apart, `${a.text} / ${b.text}`).toBe(true);
    }
  }
  return labelled;
}

describe('labels on a map slide', () => {
  it('name the key entities of the demo laid out by force, and more than the old 60-node rule allowed', () => {
    const loaded = demoWith();
    expect(loaded.entities.size).toBeGreaterThan(60);
    const data = viewSlideData(loaded, view(loaded, forcePositions(loaded)));
    const labelled = checkSlide(data);
    expect(labelled.size).toBeGreaterThan(keyCount(data.nodes.length));
    expect(data.labels.find((l) => l.text === 'Tannerside Firm')?.key).toBe(true);
  });

  it('name the key entities of the demo in a ring', () => {
    const loaded = demoWith();
    checkSlide(viewSlideData(loaded, view(loaded, ringPositions(loaded))));
  });

  it.each([300, 2000])(
    'name the key entities of %i crowded entities, with leader lines where needed',
    (n) => {
      const { loaded, positions } = syntheticLoaded(n);
      const data = viewSlideData(loaded, view(loaded, Object.fromEntries(positions)));
      checkSlide(data);
      for (const l of data.labels.filter((x) => x.leader)) expect(l.key).toBe(true);
    },
  );

  it('plans with the widths the browser measures, wider than the estimate, and still never overlaps', () => {
    const { loaded, positions } = syntheticLoaded(300);
    const wide = (text: string, key: boolean) => text.length * (key ? 7.9 : 7.3);
    const data = viewSlideData(loaded, view(loaded, Object.fromEntries(positions)), wide);
    checkSlide(data);
    for (const l of data.labels) expect(l.width).toBeCloseTo(Math.min(wide(l.text, l.key), 150));
  });

  it('cuts a long name with an ellipsis rather than running over its neighbours', () => {
    const loaded = demoWith();
    const [first] = loaded.entities.values();
    const long = {
      ...first!,
      label: 'A very long name indeed, far longer than any label should be',
    };
    const one = { ...loaded, entities: new Map([[long.id, long]]), links: new Map() };
    const data = viewSlideData(one, view(one, { [long.id]: { x: 0, y: 0 } }));
    expect(data.labels[0]?.text).toMatch(/…$/);
    expect(data.labels[0]!.width).toBeLessThanOrEqual(150);
  });
});
