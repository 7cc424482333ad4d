import { describe, expect, it } from 'vitest';
import { isBlankSafeguarding, safeguardingIssues, safeguardingSchema } from '../../../shared/model';

const TODAY = '2026-11-01';

describe('safeguarding rules', () => {
  it('asks who assessed a CCE or CSE risk, and when', () => {
    const s = safeguardingSchema.parse({ cceRisk: 'high' });
    expect(safeguardingIssues(s, TODAY).map((i) => i.field)).toEqual(['assessedBy', 'assessedOn']);
    const done = safeguardingSchema.parse({
      cseRisk: 'medium',
      assessedBy: 'Hub (J. Amberley)',
      assessedOn: '2026-09-14',
    });
    expect(safeguardingIssues(done, TODAY)).toEqual([]);
  });

  it('refuses an assessment dated in the future', () => {
    const s = safeguardingSchema.parse({
      cceRisk: 'low',
      assessedBy: 'Hub',
      assessedOn: '2027-01-01',
    });
    expect(safeguardingIssues(s, TODAY)).toEqual([
      { field: 'assessedOn', message: 'The assessment date cannot be in the future' },
    ]);
  });

  it('needs no assessor when no risk is recorded', () => {
    expect(safeguardingIssues(safeguardingSchema.parse({ missingEpisodes: 3 }), TODAY)).toEqual([]);
    expect(safeguardingIssues(undefined, TODAY)).toEqual([]);
  });

  it('tells a record of defaults from one that says something', () => {
    expect(isBlankSafeguarding(safeguardingSchema.parse({}))).toBe(true);
    expect(isBlankSafeguarding(safeguardingSchema.parse({ lookedAfter: true }))).toBe(false);
    expect(isBlankSafeguarding(safeguardingSchema.parse({ missingEpisodes: 1 }))).toBe(false);
  });
});
