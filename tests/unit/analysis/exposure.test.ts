import { describe, expect, it } from 'vitest';
import { exposure } from '../../../shared/analysis';
import { graphFrom } from './graphs';

// child reaches the boss through two runners, both of whom report to the same lieutenant.
const network = () =>
  graphFrom(
    [
      ['child', 'runner1'],
      ['child', 'runner2'],
      ['runner1', 'lieutenant'],
      ['runner2', 'lieutenant'],
      ['lieutenant', 'boss'],
    ],
    ['otherboss'],
  );

describe('exposure of the vulnerable', () => {
  const [child] = exposure(network(), ['child'], ['boss', 'otherboss']);

  it('gives the hop distance and one shortest path to each controller', () => {
    expect(child!.nearestHops).toBe(3);
    const boss = child!.controllers[0]!;
    expect(boss.hops).toBe(3);
    expect(boss.path).toHaveLength(4);
    expect(boss.path![0]).toBe('child');
    expect(boss.path![3]).toBe('boss');
  });

  it('ranks who stands between them by the shortest paths through each', () => {
    expect(child!.controllers[0]!.between).toEqual([
      { id: 'lieutenant', paths: 2, share: 1 },
      { id: 'runner1', paths: 1, share: 0.5 },
      { id: 'runner2', paths: 1, share: 0.5 },
    ]);
  });

  it('says plainly when a controller cannot be reached', () => {
    expect(child!.controllers[1]).toEqual({
      controller: 'otherboss',
      hops: null,
      path: null,
      between: [],
    });
  });
});
