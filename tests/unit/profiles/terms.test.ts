import { describe, expect, it } from 'vitest';
import {
  disclosureReference,
  EMPTY_TERMS,
  finalTerms,
  termsLines,
  type DraftTerms,
} from '../../../shared/profiles';

const draft: DraftTerms = {
  ...EMPTY_TERMS,
  purpose: 'Strategy meeting for a child at risk.',
  lawfulBasis: 'ca1989_s47',
  isaReference: 'KF-ISA-2026-04',
  destroyBy: '2027-11-01',
  supervisor: {},
  overrides: [],
};

describe('disclosure terms', () => {
  it('refuses an export with a term missing, naming it', () => {
    expect(finalTerms({ ...draft, purpose: ' ' }, false, '2026-11-01')).toEqual({
      ok: false,
      message: 'State the purpose of this disclosure',
    });
    expect(finalTerms({ ...draft, destroyBy: '' }, false, '2026-11-01').ok).toBe(false);
    expect(finalTerms({ ...draft, destroyBy: '2026-10-01' }, false, '2026-11-01')).toEqual({
      ok: false,
      message: 'The destroy-by date must be after today',
    });
  });

  it('asks for a supervisor under the two-person rule, and dates the sign-off', () => {
    expect(finalTerms(draft, true, '2026-11-01')).toMatchObject({ ok: false });
    const signed = finalTerms(
      { ...draft, supervisor: { name: 'DS Crowthorne', role: 'MASH supervisor' } },
      true,
      '2026-11-01',
    );
    expect(signed.ok && signed.terms.supervisor).toEqual({
      name: 'DS Crowthorne',
      role: 'MASH supervisor',
      signedOn: '2026-11-01',
    });
    expect(finalTerms(draft, false, '2026-11-01').ok).toBe(true);
  });

  it('refuses an override without a reason, and prints one with it', () => {
    const bare = finalTerms(
      { ...draft, overrides: [{ rule: 'ungraded', reason: '' }] },
      false,
      '2026-11-01',
    );
    expect(bare).toMatchObject({
      ok: false,
      message: 'Give the reason for setting this rule aside, in a sentence',
    });
    const reasoned = finalTerms(
      { ...draft, overrides: [{ rule: 'ungraded', reason: 'The call pattern is the concern.' }] },
      false,
      '2026-11-01',
    );
    if (!reasoned.ok) throw new Error(reasoned.message);
    const lines = termsLines(reasoned.terms, 'KESTRE-20261101-001', 'A. Analyst');
    expect(lines.map(([k]) => k)).toEqual([
      'Disclosure reference',
      'Purpose',
      'Lawful basis',
      'Information-sharing agreement',
      'Handling conditions',
      'Onward sharing',
      'Destroy by',
      'Author',
      'Supervisor sign-off',
      'Disclosure rule set aside',
    ]);
    expect(lines.at(-1)![1]).toBe(
      'Share ungraded links, marked as not graded. Reason: The call pattern is the concern.',
    );
  });

  it('numbers disclosures per workspace and day', () => {
    expect(disclosureReference('Kestrelford county lines', '2026-11-01', 3)).toBe(
      'KESTRE-20261101-003',
    );
    expect(disclosureReference('!!!', '2026-11-01', 12)).toBe('LP-20261101-012');
  });
});
