import { describe, expect, it } from 'vitest';
import {
  buildCsr,
  distanceFragmentationOf,
  fragmentationOf,
  keyPlayers,
  whatIf,
} from '../../../shared/analysis';
import { barbell, star5 } from './graphs';

describe('fragmentation measures (Borgatti 2006), checked by hand on the barbell', () => {
  const csr = buildCsr(barbell());
  it('a connected network has F = 0', () => expect(fragmentationOf(csr).fragmentation).toBe(0));
  it('DF = 1 - (Σ 1/d over 72 ordered pairs = 43.5) / 72', () => {
    // 24 pairs at 1 inside the cliques, 4 at 1 through the broker's links, 14 at 2, 12 at 3, 18 at 4.
    expect(distanceFragmentationOf(csr)).toBeCloseTo(1 - 43.5 / 72, 14);
  });
});

describe('key players', () => {
  it('on a barbell, the broker between the two cliques is the key player', () => {
    const found = keyPlayers(barbell(), { k: 1 });
    expect(found.removed).toEqual(['m']);
    expect(found.before).toMatchObject({
      nodes: 9,
      components: 1,
      componentSizes: [9],
      fragmentation: 0,
    });
    // Two 4-cliques remain: F = 1 - (12 + 12) / (8·7); every remaining pair is at distance 1, so DF = F.
    expect(found.after.componentSizes).toEqual([4, 4]);
    expect(found.after.fragmentation).toBeCloseTo(1 - 24 / 56, 14);
    expect(found.after.distanceFragmentation).toBeCloseTo(1 - 24 / 56, 14);
  });

  it('on a star, removing the hub isolates everyone: F = DF = 1', () => {
    const found = keyPlayers(star5(), { k: 1, objective: 'distanceFragmentation' });
    expect(found.removed).toEqual(['hub']);
    expect(found.after).toMatchObject({
      components: 4,
      fragmentation: 1,
      distanceFragmentation: 1,
    });
  });

  it('with k = 2 finds the best pair an exhaustive search finds (both bridge ends: DF = 1 - 12/42)', () => {
    const csr = buildCsr(barbell());
    let best = 0;
    for (let a = 0; a < csr.n; a++) {
      for (let b = a + 1; b < csr.n; b++) {
        const removed = new Uint8Array(csr.n);
        removed[a] = removed[b] = 1;
        best = Math.max(best, distanceFragmentationOf(csr, removed));
      }
    }
    const found = keyPlayers(csr, { k: 2, objective: 'distanceFragmentation' });
    expect(found.after.distanceFragmentation).toBeCloseTo(best, 14);
    expect(best).toBeCloseTo(1 - 12 / 42, 14);
    expect([...found.removed].sort()).toEqual(['l1', 'r1']);
  });

  it('rejects an impossible k', () => {
    expect(() => keyPlayers(star5(), { k: 5 })).toThrow(/between 1 and 4/);
  });
});

describe('what if', () => {
  it('removing one end of the bridge cuts off the rest of its clique', () => {
    const report = whatIf(barbell(), ['l1']);
    expect(report.removed).toEqual(['l1']);
    expect(report.after.componentSizes).toEqual([5, 3]);
    expect(report.after.fragmentation).toBeCloseTo(1 - (5 * 4 + 3 * 2) / (8 * 7), 14);
  });
  it('names an unknown person', () => {
    expect(() => whatIf(barbell(), ['ghost'])).toThrow(/"ghost" is not in the network/);
  });
});

describe('key-player search progress', () => {
  it('reports rising fractions from the greedy phase to the swap pass, no more than every 100 ms', async () => {
    const { barabasiAlbert } = await import('../../bench/analysis/randomGraphs');
    const { csrFromEdgeArrays } = await import('../../../shared/analysis');
    const list = barabasiAlbert(1500, 2, 3);
    const csr = csrFromEdgeArrays(
      Array.from({ length: list.n }, (_, i) => String(i)),
      list.sources,
      list.targets,
      null,
    );
    const seen: { at: number; fraction: number; stage: string }[] = [];
    keyPlayers(csr, {
      k: 4,
      // Distance fragmentation costs a breadth-first search per node per trial: it fills the budget.
      objective: 'distanceFragmentation',
      timeBudgetMs: 800,
      reportDistanceFragmentation: false,
      onProgress: (fraction, stage) => seen.push({ at: performance.now(), fraction, stage }),
    });
    expect(seen.length).toBeGreaterThan(2);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
      expect(seen[i]!.at - seen[i - 1]!.at).toBeGreaterThanOrEqual(99);
    }
    expect(seen.every((s) => s.fraction >= 0 && s.fraction <= 1)).toBe(true);
    expect(seen[0]!.stage).toBe('Choosing key player 1 of 4');
  });
});
