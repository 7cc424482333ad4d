import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, sampleId } from '../../../../renderer/dev/factories';
import { ChartController } from '../../../../renderer/workspace/canvas/ChartController';
import { collapseGroups } from '../../../../renderer/workspace/collapse';
import { buildElements } from '../../../../renderer/workspace/elements';

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

  it('reports selections made on the chart as entity or link ids', () => {
    const seen: unknown[] = [];
    const chart = new ChartController(buildElements(workspace(), TODAY), {
      onSelect: (s) => seen.push(s),
    });
    chart.select({ type: 'entity', id: P(3) });
    chart.select({ type: 'link', id: L(3) });
    chart.select(null);
    expect(seen).toEqual([{ type: 'entity', id: P(3) }, null, { type: 'link', id: L(3) }, null]);
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
