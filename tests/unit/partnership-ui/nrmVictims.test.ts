import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../../shared/model';
import { safeguardingView } from '../../../shared/safeguarding';
import { withNrmVictims } from '../../../renderer/safeguarding/nrmVictims';

const DAY = '2026-11-01';
const child = entitySchema.parse({
  id: 'ent_00000000000000000c01',
  workspaceId: 'ws_00000000000000000001',
  kind: 'nominal',
  label: 'Reece Varley',
  attrs: {
    forenames: 'Reece',
    surname: 'Varley',
    dateOfBirth: '2011-05-02',
    roles: ['suspect'],
    // In care: a reason to list him, but not one that marks him as exploited.
    safeguarding: {
      vulnerable: false,
      missingEpisodes: 0,
      lookedAfter: true,
      excludedOrReducedTimetable: false,
      cuckooedOccupant: false,
    },
  },
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
});
const entities = new Map([[child.id, child]]);
const nrm = {
  kind: 'nrm_referral' as const,
  personId: child.id,
  referredOn: '2026-10-20',
  firstResponder: 'Kestrelford Police',
  consent: false,
  reasonableGrounds: 'negative' as const,
  conclusiveGrounds: 'pending' as const,
  reference: '',
  notes: '',
};

describe('the Safeguarding screen, child first', () => {
  it('reads a child referred to the NRM as a victim, whatever the decision; not otherwise', () => {
    const listed = safeguardingView({ entities: [child], links: [], day: DAY, plans: [] });
    expect(listed.map((e) => e.roles)).toEqual(['Suspect']);
    expect(withNrmVictims(listed, entities, [], DAY).map((e) => e.roles)).toEqual(['Suspect']);
    const roles = withNrmVictims(listed, entities, [nrm], DAY).map((e) => e.roles);
    expect(roles[0]).toMatch(/^Victim of exploitation \(child\)/);
    expect(roles[0]).not.toMatch(/suspect/i);
  });
});
