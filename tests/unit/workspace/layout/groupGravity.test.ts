import { describe, expect, it } from 'vitest';
import type { ChartElements } from '../../../../renderer/workspace/elements';
import { fa2Input, positionsFromMatrix } from '../../../../renderer/workspace/layout/fa2Matrices';
import { runFa2 } from '../../../../renderer/workspace/layout/fa2Steps';

/**
 * Three groups of twelve members each, every member linked to four others of its group and
 * one member of the next group, plus twelve loose people linked across groups; everyone starts
 * shuffled on one grid, so the groups' boxes begin on top of each other.
 */
function threeGroups(): ChartElements {
  const nodes: ChartElements['nodes'] = [];
  const edges: ChartElements['edges'] = [];
  const edge = (source: string, target: string) =>
    edges.push({
      id: `${source}-${target}`,
      source,
      target,
      kind: 'associate',
      label: '',
      strength: 3,
      weak: false,
      directed: false,
    });
  for (let g = 0; g < 3; g++) {
    nodes.push({ id: `g${g}`, label: `Group ${g}`, kind: 'ocg', isGroup: true });
    for (let m = 0; m < 12; m++) {
      nodes.push({ id: `g${g}m${m}`, label: '', kind: 'nominal', isGroup: false, parent: `g${g}` });
      for (let k = 1; k <= 2; k++) edge(`g${g}m${m}`, `g${g}m${(m + k) % 12}`);
    }
    edge(`g${g}m0`, `g${(g + 1) % 3}m5`);
  }
  for (let l = 0; l < 12; l++) {
    nodes.push({ id: `loose${l}`, label: '', kind: 'nominal', isGroup: false });
    edge(`loose${l}`, `g${l % 3}m${l}`);
    edge(`loose${l}`, `g${(l + 1) % 3}m${l}`);
  }
  return { nodes, edges };
}

describe('ForceAtlas2 with group-aware gravity', () => {
  it('keeps group discs apart and strangers out of them', () => {
    const elements = threeGroups();
    const input = fa2Input(elements, (_id, i) => ({
      x: ((i * 7) % 48) * 15,
      y: ((i * 11) % 48) * 15,
    }));
    expect(input.groupCount).toBe(3);
    runFa2(input.nodes, input.edges, 300, undefined, undefined, 25, input);
    const at = positionsFromMatrix(input.ids, input.nodes);
    const discs = [0, 1, 2].map((g) => {
      const members = [...at].filter(([id]) => id.startsWith(`g${g}m`)).map(([, p]) => p);
      const c = {
        x: members.reduce((s, p) => s + p.x, 0) / members.length,
        y: members.reduce((s, p) => s + p.y, 0) / members.length,
      };
      const r = Math.max(...members.map((p) => Math.hypot(p.x - c.x, p.y - c.y)));
      return { c, r };
    });
    for (let a = 0; a < 3; a++)
      for (let b = a + 1; b < 3; b++) {
        const d = Math.hypot(discs[a]!.c.x - discs[b]!.c.x, discs[a]!.c.y - discs[b]!.c.y);
        expect(d, `groups ${a} and ${b}`).toBeGreaterThan(discs[a]!.r + discs[b]!.r);
      }
    for (const [id, p] of at) {
      if (!id.startsWith('loose')) continue;
      for (const disc of discs)
        expect(Math.hypot(p.x - disc.c.x, p.y - disc.c.y), id).toBeGreaterThan(disc.r);
    }
  });

  it('gives the worker no groups for a chart without any', () => {
    const input = fa2Input(
      { nodes: [{ id: 'a', label: '', kind: 'nominal', isGroup: false }], edges: [] },
      () => ({ x: 0, y: 0 }),
    );
    expect(input.groupCount).toBe(0);
    expect([...input.groups]).toEqual([-1]);
  });
});
