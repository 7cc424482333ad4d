import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, phone, sampleId } from '../../../renderer/dev/factories';
import { collapseGroups } from '../../../renderer/workspace/collapse';
import { buildElements } from '../../../renderer/workspace/elements';
import { legendInUse } from '../../../renderer/workspace/legendInUse';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);

describe('legendInUse', () => {
  it('lists only the kinds, line styles and badges the chart shows', () => {
    const entities = mapOf([
      person(P(1), 'Child', { dateOfBirth: '2012-01-01' }),
      phone(P(2), 'Line', '+447700900123'),
      group(P(3), 'Gang', 'usg'),
    ]);
    const links = mapOf([
      link(L(1), P(1), P(2), 'uses_phone', {
        strength: 2,
        grade: { scheme: '3x5x2', source: '1', intelligence: 'E', handling: 'P' },
      }),
      link(L(2), P(1), P(3), 'member_of'),
    ]);
    const legend = legendInUse(buildElements({ entities, links }, '2025-06-01'));
    expect(legend).toEqual({
      entityKinds: ['nominal', 'usg', 'phone'],
      linkKinds: ['uses_phone'],
      directedInUse: true,
      weakInUse: true,
      strengthsInUse: [2],
      badges: ['child'],
      places: [],
      groupsInUse: true,
      collapsedInUse: false,
      communitiesInUse: false,
      bundledInUse: false,
    });
  });

  it('explains collapsed groups and bundled links once they appear', () => {
    const entities = mapOf([person(P(1), 'A'), person(P(2), 'B'), group(P(3), 'G')]);
    const links = mapOf([link(L(1), P(1), P(3), 'member_of'), link(L(2), P(1), P(2), 'associate')]);
    const legend = legendInUse(
      collapseGroups(buildElements({ entities, links }, '2025-06-01'), new Set([P(3)])),
    );
    expect(legend.collapsedInUse).toBe(true);
    expect(legend.bundledInUse).toBe(true);
    expect(legend.groupsInUse).toBe(false);
    expect(legend.badges).toEqual([]);
  });
});
