import { describe, expect, it } from 'vitest';
import {
  betweenness,
  buildCsr,
  hoeffdingBound,
  sampledBetweenness,
} from '../../../shared/analysis';
import { barabasiAlbert, toGraph } from '../../bench/analysis/randomGraphs';

describe('sampled betweenness', () => {
  const csr = buildCsr(toGraph(barabasiAlbert(400, 3, 21)));
  const exact = betweenness(csr);

  it('with every node as a pivot equals exact betweenness and claims no error', () => {
    const all = sampledBetweenness(csr, { samples: csr.n });
    expect(all.exact).toBe(true);
    expect(all.errorBoundAllNodes).toBe(0);
    for (let v = 0; v < csr.n; v++) expect(all.raw[v]).toBeCloseTo(exact.raw[v]!, 6);
  });

  it('is reproducible for a seed and stays within its stated all-nodes bound', () => {
    const a = sampledBetweenness(csr, { samples: 100, seed: 7 });
    const b = sampledBetweenness(csr, { samples: 100, seed: 7 });
    expect(a.raw).toEqual(b.raw);
    const worst = Math.max(...exact.normalized.map((x, v) => Math.abs(x - a.normalized[v]!)));
    expect(worst).toBeLessThanOrEqual(a.errorBoundAllNodes);
    expect(a.errorBoundPerNode).toBeLessThan(a.errorBoundAllNodes);
  });

  it('picks out the same top brokers as exact betweenness', () => {
    const top = (values: Float64Array) =>
      [...values.keys()].sort((x, y) => values[y]! - values[x]!).slice(0, 5);
    const estimate = sampledBetweenness(csr, { samples: 150, seed: 3 });
    const overlap = top(estimate.normalized).filter((v) =>
      top(exact.normalized).includes(v),
    ).length;
    expect(overlap).toBeGreaterThanOrEqual(4);
  });

  it('bound follows Hoeffding: R·sqrt(ln(2/(1-c))/(2k)), R = n/(n-1)', () => {
    expect(hoeffdingBound(101, 50, 0.95)).toBeCloseTo(
      (101 / 100) * Math.sqrt(Math.log(40) / 100),
      14,
    );
    expect(hoeffdingBound(101, 200, 0.95)).toBeLessThan(hoeffdingBound(101, 50, 0.95));
  });
});
