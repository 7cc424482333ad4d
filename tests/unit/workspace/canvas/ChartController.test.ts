import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, sampleId } from '../../../../renderer/dev/factories';
import { ChartController } from '../../../../renderer/workspace/canvas/ChartController';
import { collapseGroups } from '../../../../renderer/workspace/collapse';
import { buildElements } from '../../../../renderer/workspace/elements';
import type { Selection } from '../../../../renderer/workspace/selection';
import { NOTHING_SELECTED, selectOnly } from '../../../../renderer/workspace/selection';
import type { Core } from 'cytoscape';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);
const TODAY = '2025-06-01';

function workspace() {
  const entities = mapOf([
    group(P(10), 'Alpha'),
    person(P(1), 'Ann'),
    person(P(2), 'Bo'),
    person(P(3), 'Cy'),
  ]);
  const links = mapOf([
    link(L(1), P(1), P(10), 'member_of'),
    link(L(2), P(2), P(10), 'member_of'),
    link(L(3), P(1), P(3), 'associate'),
  ]);
  return { entities, links };
}

describe('ChartController (headless Cytoscape)', () => {
  it('draws the derived elements, with members inside their group', () => {
    const chart = new ChartController(buildElements(workspace(), TODAY));
    expect(chart.nodeCount()).toBe(4);
    expect(chart.edgeCount()).toBe(1);
    expect(chart.describeNode(P(1))).toMatchObject({ label: 'Ann', parent: P(10) });
    chart.destroy();
  });

  it('applies a new version as a diff, keeping untouched elements as the same objects', () => {
    const ws = workspace();
    const chart = new ChartController(buildElements(ws, TODAY));
    const bo = chart.elementIdentity(P(2));
    const entities = new Map(ws.entities);
    entities.set(P(1), person(P(1), 'Ann Renamed'));
    entities.delete(P(3));
    entities.set(P(4), person(P(4), 'Dee'));
    const links = new Map(ws.links);
    links.delete(L(3));
    links.delete(L(2));
    const diff = chart.update(buildElements({ entities, links }, TODAY));
    expect(diff.removed).toEqual([L(3), P(3)]);
    expect(chart.describeNode(P(1))?.label).toBe('Ann Renamed');
    expect(chart.describeNode(P(2))?.parent).toBeUndefined();
    expect(chart.describeNode(P(3))).toBeUndefined();
    expect(chart.describeNode(P(4))).toMatchObject({ label: 'Dee', parent: undefined });
    expect(chart.elementIdentity(P(2))).toBe(bo);
    expect(chart.edgeCount()).toBe(0);
    chart.destroy();
  });

  it('collapses and expands a group through the same diff path', () => {
    const elements = buildElements(workspace(), TODAY);
    const chart = new ChartController(elements);
    chart.update(collapseGroups(elements, new Set([P(10)])));
    expect(chart.nodeCount()).toBe(2);
    expect(chart.describeNode(P(10))?.label).toBe('Alpha (+2)');
    chart.update(elements);
    expect(chart.nodeCount()).toBe(4);
    expect(chart.describeNode(P(2))?.parent).toBe(P(10));
    chart.destroy();
  });

  it('reports the whole selection after each gesture, focused on the element last picked', async () => {
    const seen: Selection[] = [];
    const chart = new ChartController(buildElements(workspace(), TODAY), {
      onSelectionChange: (s) => seen.push(s),
    });
    // The analyst's gestures, as Cytoscape turns them into events.
    const cy = (chart as unknown as { cy: Core }).cy;
    const gesture = async (pick: string, change: () => void) => {
      cy.getElementById(pick).emit('tap');
      change();
      await Promise.resolve();
    };
    await gesture(P(1), () => cy.getElementById(P(1)).select());
    await gesture(P(3), () => cy.getElementById(P(3)).select()); // Shift+click
    await gesture(P(1), () => cy.getElementById(P(3)).unselect()); // a plain click on the first
    expect(seen.map((s) => [s.entities, s.focus?.id])).toEqual([
      [[P(1)], P(1)],
      [[P(1), P(3)], P(3)],
      [[P(1)], P(1)],
    ]);
    await gesture(L(3), () => {
      cy.$(':selected').unselect();
      cy.getElementById(L(3)).select();
    });
    expect(seen.at(-1)).toMatchObject({ entities: [], links: [L(3)], focus: { type: 'link' } });
    chart.destroy();
  });

  it('mirrors a selection made elsewhere without reporting it back', async () => {
    const seen: Selection[] = [];
    const chart = new ChartController(buildElements(workspace(), TODAY), {
      onSelectionChange: (s) => seen.push(s),
    });
    chart.setSelection(selectOnly({ type: 'entity', id: P(3) }));
    await Promise.resolve();
    expect(chart.selectedIds()).toEqual({ entities: [P(3)], links: [] });
    chart.setSelection(NOTHING_SELECTED);
    await Promise.resolve();
    expect(chart.selectedIds()).toEqual({ entities: [], links: [] });
    expect(seen).toEqual([]);
    chart.destroy();
  });

  it('draws nodes at their stored places, follows the store, and places new ones beside a neighbour', () => {
    const ws = workspace();
    const stored = new Map([
      [P(1), { x: 10, y: 10 }],
      [P(2), { x: 200, y: 10, pinned: true as const }],
    ]);
    const chart = new ChartController(buildElements(ws, TODAY), { positions: stored });
    expect(chart.describeNode(P(1))?.position).toEqual({ x: 10, y: 10 });
    expect(chart.hasStoredPlaces()).toBe(true);
    const placed = chart.placeUnplaced();
    expect([...placed.keys()]).toEqual([P(3)]);
    // Cy is linked to Ann: it lands 90 px from her.
    const cyAt = placed.get(P(3))!;
    expect(Math.round(Math.hypot(cyAt.x - 10, cyAt.y - 10))).toBe(90);
    chart.setPlacements(new Map([...stored, [P(1), { x: -50, y: 5 }], [P(3), cyAt]]));
    expect(chart.describeNode(P(1))?.position).toEqual({ x: -50, y: 5 });
    chart.destroy();
  });

  it('keeps pinned nodes where they are through a layout', async () => {
    const ws = workspace();
    const stored = new Map([
      [P(1), { x: 10, y: 10 }],
      [P(2), { x: 777, y: -333, pinned: true as const }],
      [P(3), { x: 30, y: 30 }],
    ]);
    const chart = new ChartController(buildElements(ws, TODAY, { compound: false }), {
      positions: stored,
    });
    for (const name of ['grid', 'concentric', 'hierarchy'] as const) {
      const after = await chart.layout(name);
      expect(after.get(P(2)), name).toEqual({ x: 777, y: -333 });
    }
    chart.destroy();
  });

  it('destroys its Cytoscape instance, and a second destroy is harmless', () => {
    const chart = new ChartController(buildElements(workspace(), TODAY));
    expect(chart.destroyed).toBe(false);
    chart.destroy();
    expect(chart.destroyed).toBe(true);
    expect(() => chart.destroy()).not.toThrow();
  });

  it('runs each layout to completion', async () => {
    const chart = new ChartController(buildElements(workspace(), TODAY));
    for (const name of ['force', 'grid', 'concentric', 'hierarchy'] as const)
      await chart.layout(name);
    expect(chart.nodeCount()).toBe(4);
    chart.destroy();
  });
});
