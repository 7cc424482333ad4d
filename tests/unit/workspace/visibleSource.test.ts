import { describe, expect, it } from 'vitest';
import { link, mapOf, person, sampleId } from '../../../renderer/dev/factories';
import { visibleSource } from '../../../renderer/workspace/visibleSource';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);
const source = {
  entities: mapOf([person(P(1), 'Ann'), person(P(2), 'Bo'), person(P(3), 'Cy')]),
  links: mapOf([link(L(1), P(1), P(2), 'associate'), link(L(2), P(2), P(3), 'associate')]),
};

describe('visibleSource', () => {
  it('passes the workspace through untouched when nothing is filtered', () => {
    expect(visibleSource(source, null)).toBe(source);
  });

  it('keeps only visible records, and never a link whose end is hidden', () => {
    const out = visibleSource(source, {
      entities: new Set([P(1), P(2)]),
      links: new Set([L(1), L(2)]),
    });
    expect([...out.entities.keys()]).toEqual([P(1), P(2)]);
    expect([...out.links.keys()]).toEqual([L(1)]);
  });
});
