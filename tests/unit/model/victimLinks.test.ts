import { describe, expect, it } from 'vitest';
import { DEMO_REFERENCE_DATE, buildDemoWorkspace } from '../../../shared/demo';
import type { Entity } from '../../../shared/model';
import {
  OFFENDING_KINDS,
  exploitedByLinks,
  exploitedVictim,
  victimAsOffender,
} from '../../../shared/model';

const TODAY = '2026-11-01';
const stamp = '2026-01-01T00:00:00.000Z';

function person(
  id: string,
  label: string,
  attrs: Partial<Extract<Entity, { kind: 'nominal' }>['attrs']>,
): Entity {
  return {
    id,
    workspaceId: 'ws_test',
    kind: 'nominal',
    label,
    notes: '',
    classification: 'OFFICIAL',
    provenance: [],
    createdAt: stamp,
    updatedAt: stamp,
    attrs: { forenames: '', surname: '', aliases: [], roles: [], ...attrs },
  };
}

const child = person('ent_child', 'Kayden Rook', { dateOfBirth: '2010-03-12', roles: ['victim'] });
const both = person('ent_both', 'Tyler Banfield', {
  dateOfBirth: '2009-12-05',
  roles: ['victim', 'suspect'],
});
const adult = person('ent_adult', 'Leon Prestage', {
  dateOfBirth: '1996-01-01',
  roles: ['suspect'],
});
const carer = person('ent_va', 'Maureen Threlfall', {
  dateOfBirth: '1961-01-01',
  safeguarding: {
    vulnerable: true,
    missingEpisodes: 0,
    lookedAfter: false,
    excludedOrReducedTimetable: false,
    cuckooedOccupant: true,
  },
});
const unflaggedChild = person('ent_kid', 'Sam Young', { dateOfBirth: '2012-01-01' });
const entities = new Map([child, both, adult, carer, unflaggedChild].map((e) => [e.id, e]));

describe('victims are never the subject of an offending verb', () => {
  it('refuses an exploited child as the one who exploits, and says how to put it right', () => {
    const issue = victimAsOffender(
      { kind: 'exploits', source: child.id, target: adult.id },
      entities,
      TODAY,
    );
    expect(issue?.severity).toBe('refuse');
    expect(issue?.message).toContain('Kayden Rook is recorded as an exploited child');
    expect(issue?.message).toContain('If Leon Prestage exploits Kayden Rook');
  });

  it('accepts the same link the right way round', () => {
    expect(
      victimAsOffender({ kind: 'exploits', source: adult.id, target: child.id }, entities, TODAY),
    ).toBeNull();
  });

  it('refuses every offending kind from a vulnerable adult flagged as exploited', () => {
    for (const kind of OFFENDING_KINDS) {
      const issue = victimAsOffender({ kind, source: carer.id, target: adult.id }, entities, TODAY);
      expect(issue?.severity, kind).toBe('refuse');
      expect(issue?.message).toContain('an exploited vulnerable adult');
    }
  });

  it('only warns when the child is recorded as a suspect too (both can be true)', () => {
    const issue = victimAsOffender(
      { kind: 'supplies', source: both.id, target: adult.id },
      entities,
      TODAY,
    );
    expect(issue?.severity).toBe('warn');
    expect(issue?.message).toContain('also as a suspect');
  });

  it('leaves kinds that are not offending, and people not flagged, alone', () => {
    expect(
      victimAsOffender({ kind: 'uses_phone', source: child.id, target: adult.id }, entities, TODAY),
    ).toBeNull();
    expect(
      victimAsOffender(
        { kind: 'controls', source: unflaggedChild.id, target: adult.id },
        entities,
        TODAY,
      ),
    ).toBeNull();
  });

  it('counts a child as exploited when a link already says so', () => {
    expect(exploitedVictim(unflaggedChild, TODAY)).toBeNull();
    const exploited = exploitedByLinks([
      { kind: 'exploits', source: adult.id, target: unflaggedChild.id },
    ]);
    expect(exploitedVictim(unflaggedChild, TODAY, exploited.has(unflaggedChild.id))).toBe(
      'an exploited child',
    );
    expect(
      victimAsOffender(
        { kind: 'controls', source: unflaggedChild.id, target: adult.id },
        entities,
        TODAY,
        exploited,
      )?.severity,
    ).toBe('refuse');
  });

  it('is obeyed by every link of the demo workspace', () => {
    const demo = buildDemoWorkspace();
    const byId = new Map(demo.entities.map((e) => [e.id, e]));
    const exploited = exploitedByLinks(demo.links);
    const refused = demo.links
      .map((l) => victimAsOffender(l, byId, DEMO_REFERENCE_DATE, exploited))
      .filter((issue) => issue?.severity === 'refuse');
    expect(refused).toEqual([]);
    // The demo does hold offending links towards its victims, so the check is not vacuous.
    const towardsVictims = demo.links.filter(
      (l) =>
        OFFENDING_KINDS.includes(l.kind) &&
        exploitedVictim(byId.get(l.target), DEMO_REFERENCE_DATE, exploited.has(l.target)),
    );
    expect(towardsVictims.length).toBeGreaterThan(5);
  });
});
