import { describe, expect, it } from 'vitest';
import { diffElements, isEmptyDiff } from '../../../renderer/workspace/diff';
import type { ChartElements, ChartNode } from '../../../renderer/workspace/elements';

const node = (id: string, extra: Partial<ChartNode> = {}): ChartNode => ({
  id,
  label: id,
  kind: 'nominal',
  isGroup: false,
  ...extra,
});
const edge = (id: string, source: string, target: string, label = 'Associate of') => ({
  id,
  source,
  target,
  kind: 'associate' as const,
  label,
  strength: 3,
  weak: false,
  directed: false,
});

describe('diffElements', () => {
  const before: ChartElements = {
    nodes: [node('a'), node('b'), node('c'), node('g', { kind: 'ocg', isGroup: true })],
    edges: [edge('e1', 'a', 'b'), edge('e2', 'b', 'c')],
  };

  it('finds nothing to do between equal element sets', () => {
    const copy = structuredClone(before);
    expect(isEmptyDiff(diffElements(before, copy))).toBe(true);
  });

  it('adds, removes and updates only what changed', () => {
    const after: ChartElements = {
      nodes: [
        node('a', { label: 'renamed' }),
        node('b'),
        node('g', { kind: 'ocg', isGroup: true }),
        node('d'),
      ],
      edges: [edge('e1', 'a', 'b', 'Family')],
    };
    const diff = diffElements(before, after);
    expect(diff.removed).toEqual(['e2', 'c']);
    expect(diff.addedNodes.map((n) => n.id)).toEqual(['d']);
    expect(diff.changedNodes.map((n) => n.id)).toEqual(['a']);
    expect(diff.changedEdges.map((e) => e.id)).toEqual(['e1']);
    expect(diff.reparented).toEqual([]);
  });

  it('moves a node between groups without touching its data', () => {
    const after = structuredClone(before);
    after.nodes[0] = node('a', { parent: 'g' });
    const diff = diffElements(before, after);
    expect(diff.reparented).toEqual([{ id: 'a', parent: 'g' }]);
    expect(diff.changedNodes).toEqual([]);
    const back = diffElements(after, before);
    expect(back.reparented).toEqual([{ id: 'a', parent: null }]);
  });

  it('replaces an edge whose ends changed, because Cytoscape cannot re-point one', () => {
    const after = structuredClone(before);
    after.edges[0] = edge('e1', 'a', 'c');
    const diff = diffElements(before, after);
    expect(diff.removed).toEqual(['e1']);
    expect(diff.addedEdges.map((e) => e.id)).toEqual(['e1']);
  });

  it('adds a new group before the new members inside it', () => {
    const after = structuredClone(before);
    after.nodes.push(
      node('m', { parent: 'h' }),
      node('h', { kind: 'usg', isGroup: true, parent: 'g' }),
    );
    expect(diffElements(before, after).addedNodes.map((n) => n.id)).toEqual(['h', 'm']);
  });
});
