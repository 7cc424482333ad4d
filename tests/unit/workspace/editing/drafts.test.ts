import { describe, expect, it } from 'vitest';
import { entityDraft, toE164 } from '../../../../renderer/workspace/editing/entityDraft';
import type { LinkAnswers } from '../../../../renderer/workspace/editing/linkDraft';
import { linkDraft } from '../../../../renderer/workspace/editing/linkDraft';
import { sampleId } from '../../../../renderer/dev/factories';

describe('entityDraft', () => {
  it('splits a person’s label into forenames and surname and keeps the date of birth', () => {
    const r = entityDraft('nominal', ' Dorian  Pyke ', { dateOfBirth: '2009-03-04' }, 'OFFICIAL');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft).toMatchObject({
      kind: 'nominal',
      label: 'Dorian  Pyke',
      classification: 'OFFICIAL',
      attrs: { forenames: 'Dorian', surname: 'Pyke', dateOfBirth: '2009-03-04', aliases: [] },
    });
    expect(r.draft).not.toHaveProperty('id');
    expect(r.draft).not.toHaveProperty('createdAt');
  });

  it('stores UK national phone numbers as E.164 and refuses what is not a number', () => {
    expect(toE164('07700 900123')).toBe('+447700900123');
    expect(toE164('+44 7700 900123')).toBe('+447700900123');
    expect(toE164('not a phone')).toBeUndefined();
    const ok = entityDraft('phone', 'BEANS', { number: '07700 900123' }, 'OFFICIAL');
    // NewEntity is an Omit over the union, which loses the kind-to-attrs link; read it plainly.
    expect(ok.ok ? (ok.draft.attrs as { number?: string }).number : undefined).toBe(
      '+447700900123',
    );
    const bad = entityDraft('phone', 'BEANS', { number: 'call me' }, 'OFFICIAL');
    expect(bad).toEqual({ ok: false, errors: { number: expect.stringContaining('E.164') } });
  });

  it('refuses an empty label with the schema’s own message, on the label field', () => {
    expect(entityDraft('vehicle', '  ', { registration: 'AB12 CDE' }, 'OFFICIAL')).toEqual({
      ok: false,
      errors: { label: 'A label is required' },
    });
  });

  it('refuses an impossible date of birth', () => {
    const r = entityDraft('nominal', 'Ann Example', { dateOfBirth: '2009-02-30' }, 'OFFICIAL');
    expect(r.ok).toBe(false);
    expect(r.ok ? {} : r.errors).toHaveProperty('dateOfBirth');
  });
});

const answers = (over: Partial<LinkAnswers> = {}): LinkAnswers => ({
  kind: 'associate',
  strength: 3,
  source: '',
  intelligence: '',
  handling: '',
  conditions: '',
  firstSeen: '',
  lastSeen: '',
  classification: 'OFFICIAL',
  ...over,
});
const A = sampleId('ent', 1);
const B = sampleId('ent', 2);

describe('linkDraft', () => {
  it('builds a graded, dated link', () => {
    const r = linkDraft(
      A,
      B,
      answers({
        kind: 'supplies',
        source: '2',
        intelligence: 'B',
        handling: 'P',
        firstSeen: '2025-01-01',
        lastSeen: '2025-02-01',
      }),
    );
    expect(r.ok && r.draft).toMatchObject({
      source: A,
      target: B,
      kind: 'supplies',
      grade: { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
      firstSeen: '2025-01-01',
      lastSeen: '2025-02-01',
    });
  });

  it('refuses first seen after last seen, on the last seen field', () => {
    const r = linkDraft(A, B, answers({ firstSeen: '2025-06-01', lastSeen: '2025-01-01' }));
    expect(r).toEqual({
      ok: false,
      errors: { lastSeen: 'First seen must not be after last seen' },
    });
  });

  it('refuses half a grade, and handling code C without its conditions', () => {
    const half = linkDraft(A, B, answers({ source: '1' }));
    expect(half.ok ? {} : half.errors).toHaveProperty('grade');
    const c = linkDraft(A, B, answers({ source: '1', intelligence: 'A', handling: 'C' }));
    expect(c.ok ? '' : c.errors.grade).toContain('conditions');
    const written = linkDraft(
      A,
      B,
      answers({
        source: '1',
        intelligence: 'A',
        handling: 'C',
        conditions: 'Not to be shared outside the LRO team',
      }),
    );
    expect(written.ok).toBe(true);
  });

  it('refuses a link from an entity to itself', () => {
    const r = linkDraft(A, A, answers());
    expect(r.ok ? {} : r.errors).toHaveProperty('target');
  });
});
