import { describe, expect, it } from 'vitest';
import { buildCsr, louvain, modularity } from '../../../shared/analysis';
import { barbell, graphFrom } from './graphs';

describe('Louvain communities', () => {
  it('splits a barbell into its two cliques (the broker joins one)', () => {
    const csr = buildCsr(barbell());
    const found = louvain(csr);
    const of = (id: string) => found.community[csr.index.get(id)!];
    expect(found.count).toBe(2);
    expect(of('l2')).toBe(of('l4'));
    expect(of('r2')).toBe(of('r4'));
    expect(of('l2')).not.toBe(of('r2'));
  });

  it('is reproducible for a seed', () => {
    const csr = buildCsr(barbell());
    expect(louvain(csr, { seed: 5, runs: 2 }).community).toEqual(
      louvain(csr, { seed: 5, runs: 2 }).community,
    );
  });

  it('modularity by hand: two disjoint triangles split in two give Q = 1/2', () => {
    const csr = buildCsr(
      graphFrom([
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['x', 'y'],
        ['y', 'z'],
        ['x', 'z'],
      ]),
    );
    expect(modularity(csr, Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(0.5, 15);
    expect(modularity(csr, new Int32Array(6))).toBeCloseTo(0, 15);
    expect(louvain(csr).modularity).toBeCloseTo(0.5, 15);
  });

  it('leaves a network with no links as singletons with Q = 0', () => {
    const found = louvain(buildCsr(graphFrom([], ['a', 'b'])));
    expect(found.count).toBe(2);
    expect(found.modularity).toBe(0);
  });
});
