import { describe, expect, it } from 'vitest';
import type { ChartElements } from '../../../../renderer/workspace/elements';
import {
  fa2Input,
  positionsFromMatrix,
  PPE,
  PPN,
} from '../../../../renderer/workspace/layout/fa2Matrices';
import { runFa2 } from '../../../../renderer/workspace/layout/fa2Steps';

const node = (id: string, isGroup = false) => ({
  id,
  label: id,
  kind: 'nominal' as const,
  isGroup,
});
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  kind: 'associate' as const,
  label: '',
  strength: 3,
  weak: false,
  directed: false,
});

/** Two five-cliques joined by one bridge: a layout worth the name keeps each clique together. */
function twoCliques(): ChartElements {
  const a = ['a0', 'a1', 'a2', 'a3', 'a4'];
  const b = ['b0', 'b1', 'b2', 'b3', 'b4'];
  const edges = [];
  for (const side of [a, b])
    for (let i = 0; i < side.length; i += 1)
      for (let j = i + 1; j < side.length; j += 1) edges.push(edge(side[i]!, side[j]!));
  edges.push(edge('a0', 'b0'));
  return { nodes: [...a, ...b].map((id) => node(id)), edges };
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe('ForceAtlas2 matrices and steps', () => {
  it('lays out nodes and edges in graphology’s format, with mass one plus degree', () => {
    const input = fa2Input(twoCliques(), (_id, i) => ({ x: i, y: -i }));
    expect(input.nodes.length).toBe(10 * PPN);
    expect(input.edges.length).toBe(21 * PPE);
    expect(input.nodes[0 * PPN + 6]).toBe(1 + 5); // a0: four in its clique and the bridge
    expect(input.nodes[1 * PPN + 6]).toBe(1 + 4);
    expect(input.edges[20 * PPE]).toBe(0); // the bridge starts at a0's offset
    expect(input.edges[20 * PPE + 1]).toBe(5 * PPN); // and ends at b0's
  });

  it('leaves group boxes out: they have no position of their own', () => {
    const elements = twoCliques();
    elements.nodes.push(node('g', true));
    elements.edges.push(edge('a1', 'g'));
    const input = fa2Input(elements, () => ({ x: 0, y: 0 }));
    expect(input.ids).not.toContain('g');
    expect(input.edges.length).toBe(21 * PPE);
  });

  it('pulls each clique together and apart from the other', () => {
    // Start interleaved on a circle, so the separation is the layout's doing.
    const input = fa2Input(twoCliques(), (_id, i) => ({
      x: 100 * Math.cos((i * 2 * Math.PI) / 10 + (i % 2) * Math.PI),
      y: 100 * Math.sin((i * 2 * Math.PI) / 10 + (i % 2) * Math.PI),
    }));
    const progress: number[] = [];
    const done = runFa2(input.nodes, input.edges, 300, (n) => progress.push(n), undefined, 100);
    expect(done).toBe(300);
    expect(progress).toEqual([100, 200, 300]);
    const p = positionsFromMatrix(input.ids, input.nodes);
    const at = (id: string) => p.get(id) ?? { x: NaN, y: NaN };
    const centre = (ids: string[]) => ({
      x: ids.reduce((s, id) => s + at(id).x, 0) / ids.length,
      y: ids.reduce((s, id) => s + at(id).y, 0) / ids.length,
    });
    const a = ['a1', 'a2', 'a3', 'a4'];
    const b = ['b1', 'b2', 'b3', 'b4'];
    const within = Math.max(
      ...a.map((id) => dist(at(id), centre(a))),
      ...b.map((id) => dist(at(id), centre(b))),
    );
    expect(dist(centre(a), centre(b))).toBeGreaterThan(within);
  });

  it('stops when cancelled, reporting how far it got', () => {
    const input = fa2Input(twoCliques(), (_id, i) => ({ x: i * 10, y: (i * 7) % 13 }));
    let calls = 0;
    expect(runFa2(input.nodes, input.edges, 500, undefined, () => ++calls > 40)).toBe(40);
  });
});
