import { describe, expect, it } from 'vitest';
import { buildCompactGraph, linkLookup } from '../../../renderer/analysis/compactGraph';
import { gradeConfidence } from '../../../shared/model';
import { id, pathWorkspace, workspaceOf } from './fixture';
import { person } from '../../../renderer/dev/factories';

describe('buildCompactGraph', () => {
  it('makes one node per entity and one row per link, unweighted unless asked', () => {
    const g = buildCompactGraph(pathWorkspace());
    expect(g.ids).toHaveLength(6);
    expect(g.linkIds).toHaveLength(5);
    expect(g.weights).toBeNull();
    const row = g.linkIds.indexOf(g.linkIds[1]!);
    expect([g.ids[g.src[row]!], g.ids[g.dst[row]!]]).toEqual([id(2), id(3)]);
  });

  it('reads the strength, or strength times grading confidence, only when asked', () => {
    const grade = { scheme: '3x5x2', source: '2', intelligence: 'C', handling: 'P' } as const;
    const ws = workspaceOf(
      [person(id(1), 'A'), person(id(2), 'B')],
      [[1, 2, { strength: 4, grade }]],
    );
    expect(buildCompactGraph(ws, 'strength').weights).toEqual(Float64Array.of(4));
    const confidence = buildCompactGraph(ws, 'confidence').weights![0]!;
    expect(confidence).toBeCloseTo((4 / 5) * gradeConfidence(grade), 12);
    expect(confidence).toBeCloseTo(0.8 * 0.7 * 0.65, 12);
  });

  it('leaves out a link whose end is not in the workspace', () => {
    const ws = workspaceOf(
      [person(id(1), 'A'), person(id(2), 'B')],
      [
        [1, 2],
        [1, 9],
      ],
    );
    expect(buildCompactGraph(ws).linkIds).toHaveLength(1);
  });

  it('finds every link between two nodes, in either direction', () => {
    const ws = workspaceOf(
      [person(id(1), 'A'), person(id(2), 'B')],
      [
        [1, 2],
        [2, 1],
      ],
    );
    const g = buildCompactGraph(ws);
    expect(linkLookup(g)(1, 0)).toEqual(g.linkIds);
    expect(linkLookup(g)(0, 0)).toEqual([]);
  });
});
