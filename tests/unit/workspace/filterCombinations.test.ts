/**
 * Random filter combinations through the chart's own pipeline (filters -> visible source ->
 * elements -> collapsed groups -> one headless Cytoscape updated by diffs, as on screen): no
 * combination may throw, and every drawn link must have both its ends drawn.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, buildSyntheticWorkspace } from '../../../shared/demo';
import { seededRandom } from '../../../shared/demo/deterministic';
import { toGraph } from '../../../shared/graph';
import type { Entity, Link } from '../../../shared/model';
import { ENTITY_KIND_IDS, LINK_KIND_IDS } from '../../../shared/model';
import { ChartController } from '../../../renderer/workspace/canvas/ChartController';
import { collapseGroups } from '../../../renderer/workspace/collapse';
import { buildElements } from '../../../renderer/workspace/elements';
import type { ViewFilters } from '../../../renderer/workspace/filters/viewFilters';
import { NO_FILTERS, visibleSet } from '../../../renderer/workspace/filters/viewFilters';
import { visibleSource } from '../../../renderer/workspace/visibleSource';

const TODAY = '2026-06-01';

function subset<T>(random: () => number, items: readonly T[]): T[] | null {
  if (random() < 0.5) return null;
  return items.filter(() => random() < 0.6);
}

function drawFilters(random: () => number, entityIds: string[]): ViewFilters {
  const f: ViewFilters = {
    entityKinds: subset(random, ENTITY_KIND_IDS),
    linkKinds: subset(random, LINK_KIND_IDS),
    handling: random() < 0.8 ? null : random() < 0.5 ? ['P'] : ['C'],
    includeUndated: random() < 0.7,
  };
  if (random() < 0.3) f.minSource = (['1', '2', '3'] as const)[Math.floor(random() * 3)]!;
  if (random() < 0.3)
    f.minIntelligence = (['A', 'B', 'C', 'D'] as const)[Math.floor(random() * 4)]!;
  if (random() < 0.4) f.dateFrom = `2025-0${1 + Math.floor(random() * 9)}-01`;
  if (random() < 0.4) f.dateTo = `2026-0${1 + Math.floor(random() * 9)}-15`;
  if (random() < 0.6) {
    const ids = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => entityIds[Math.floor(random() * entityIds.length)]!,
    );
    f.ego = { ids, hops: 1 + Math.floor(random() * 3) };
  }
  return f;
}

function runCombinations(entities: Entity[], links: Link[], draws: number, seed: number) {
  const source = {
    entities: new Map(entities.map((e) => [e.id, e])),
    links: new Map(links.map((l) => [l.id, l])),
  };
  const graph = toGraph(entities, links);
  const groups = entities.filter((e) => e.kind === 'ocg' || e.kind === 'usg').map((e) => e.id);
  const random = seededRandom(seed);
  const ids = entities.map((e) => e.id);
  const chart = new ChartController(buildElements(source, TODAY));
  try {
    for (let i = 0; i < draws; i++) {
      const filters = random() < 0.1 ? NO_FILTERS : drawFilters(random, ids);
      const visible = filters === NO_FILTERS ? null : visibleSet(graph, filters);
      const compound = random() < 0.7;
      const collapsed = new Set(groups.filter(() => random() < 0.3));
      const elements = collapseGroups(
        buildElements(visibleSource(source, visible), TODAY, { compound }),
        collapsed,
      );
      const nodes = new Set(elements.nodes.map((n) => n.id));
      for (const e of elements.edges) {
        expect(nodes.has(e.source) && nodes.has(e.target), `draw ${i}: edge ${e.id}`).toBe(true);
      }
      expect(() => chart.update(elements), `draw ${i}: ${JSON.stringify(filters)}`).not.toThrow();
      expect(chart.nodeCount(), `draw ${i}`).toBe(elements.nodes.length);
      expect(chart.edgeCount(), `draw ${i}`).toBe(elements.edges.length);
    }
  } finally {
    chart.destroy();
  }
}

describe('filters in any combination', () => {
  it('draw the demo with every link between drawn ends (200 random combinations)', () => {
    const demo = buildDemoWorkspace();
    runCombinations(demo.entities, demo.links, 200, 7);
  });

  it('draw the demo’s two-step ego networks of every entity, one after another', () => {
    const demo = buildDemoWorkspace();
    const source = {
      entities: new Map(demo.entities.map((e) => [e.id, e])),
      links: new Map(demo.links.map((l) => [l.id, l])),
    };
    const graph = toGraph(demo.entities, demo.links);
    const chart = new ChartController(buildElements(source, TODAY));
    try {
      for (const e of demo.entities) {
        const visible = visibleSet(graph, { ...NO_FILTERS, ego: { ids: [e.id], hops: 2 } });
        const elements = buildElements(visibleSource(source, visible), TODAY);
        expect(() => chart.update(elements), e.label).not.toThrow();
        expect(chart.nodeCount(), e.label).toBe(elements.nodes.length);
        expect(chart.edgeCount(), e.label).toBe(elements.edges.length);
      }
    } finally {
      chart.destroy();
    }
  });

  it('draw a 2,500-entity synthetic workspace likewise (30 random combinations)', () => {
    const synthetic = buildSyntheticWorkspace({ nodes: 2500, seed: 3 });
    runCombinations(synthetic.entities, synthetic.links, 30, 11);
  });
});
