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
