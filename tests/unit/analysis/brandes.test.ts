import { describe, expect, it } from 'vitest';
import {
  addPathSums,
  betweenness,
  betweennessFromDependency,
  betweennessRange,
  buildCsr,
  emptyPathSums,
  pathSumsRange,
} from '../../../shared/analysis';
import { barabasiAlbert, erdosRenyi, toGraph } from '../../bench/analysis/randomGraphs';

describe('path sums split across workers', () => {
  const csr = buildCsr(toGraph(erdosRenyi(120, 0.03, 31)));
  const whole = pathSumsRange(csr, 0, csr.n);

  it('contiguous ranges add up to the whole', () => {
    const total = emptyPathSums(csr.n);
    for (const [from, to] of [
      [0, 17],
      [17, 80],
      [80, csr.n],
    ] as const)
      addPathSums(total, pathSumsRange(csr, from, to));
    for (let v = 0; v < csr.n; v++)
      expect(total.dependency[v]).toBeCloseTo(whole.dependency[v]!, 9);
    expect(total.distanceSum).toEqual(whole.distanceSum);
    expect(total.reached).toEqual(whole.reached);
  });

  it('interleaved shares (stride) add up to the whole', () => {
    const total = emptyPathSums(csr.n);
    for (let t = 0; t < 3; t++) addPathSums(total, pathSumsRange(csr, t, csr.n, true, 3));
    for (let v = 0; v < csr.n; v++)
      expect(total.dependency[v]).toBeCloseTo(whole.dependency[v]!, 9);
    expect(total.reached).toEqual(whole.reached);
  });

  it('betweennessRange pieces give exact betweenness', () => {
    const g = buildCsr(toGraph(barabasiAlbert(200, 2, 8)));
    const dep = betweennessRange(g, 0, 90);
    const rest = betweennessRange(g, 90, g.n);
    for (let v = 0; v < g.n; v++) dep[v]! += rest[v]!;
    const expected = betweenness(g).raw;
    const got = betweennessFromDependency(dep, g.n).raw;
    for (let v = 0; v < g.n; v++) expect(got[v]).toBeCloseTo(expected[v]!, 9);
  });
});
