import { describe, expect, it } from 'vitest';
import {
  buildDraftDocument,
  disclosureEntry,
  exportFileName,
  planFor,
  profileSubjects,
} from '../../../renderer/profiles/profileDocument';
import { newDraftFields } from '../../../renderer/profiles/profileDraft';
import { demoWith, entityByLabel, plan, TODAY } from './fixture';

const options = { author: 'A. Analyst', date: TODAY, measures: [], plans: [] };

describe('profile built from a draft', () => {
  const loaded = demoWith();
  const ocg = entityByLabel(loaded, 'Tannerside Firm');

  it('asks for the recipient before building anything', () => {
    const built = buildDraftDocument(loaded, newDraftFields(ocg.id), options);
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.message).toMatch(/^Finish the recipient first: Name the receiving agency/);
  });

  it('withholds conditional and sensitive material from a council recipient, and says how much', () => {
    const fields = newDraftFields(ocg.id);
    fields.recipient = {
      ...fields.recipient,
      agency: 'Kestrelford Council',
      role: 'Community safety',
    };
    const council = buildDraftDocument(loaded, fields, options);
    const police = buildDraftDocument(
      loaded,
      {
        ...fields,
        recipient: {
          ...fields.recipient,
          agencyType: 'originating_force',
          clearance: 'OFFICIAL-SENSITIVE',
          mayReceiveConditional: true,
        },
      },
      options,
    );
    expect(council.ok && police.ok).toBe(true);
    if (!council.ok || !police.ok) return;
    expect(council.doc.withheld.total).toBeGreaterThan(police.doc.withheld.total);
    // Cleared only to OFFICIAL: the council is told that something was withheld, not how much.
    expect(council.doc.redaction).toMatchObject({
      detail: 'statement',
      anyWithheld: true,
      rows: [],
      totalWithheld: null,
    });
    expect(council.doc.disclosed.intelIds.length).toBeLessThan(
      police.doc.disclosed.intelIds.length,
    );
    const entry = disclosureEntry(council.doc, 'html', 'A. Analyst', '2026-11-01T10:00:00.000Z');
    expect(entry.counts.withheld).toBe(council.doc.withheld.total);
    expect(entry.disclosed.intelIds).toEqual(council.doc.disclosed.intelIds);
    expect(entry.agency).toBe('Kestrelford Council');
  });

  it('names export files without the subject label', () => {
    const fields = newDraftFields(ocg.id);
    fields.recipient = { ...fields.recipient, agency: 'K', role: 'R' };
    const built = buildDraftDocument(loaded, fields, options);
    if (!built.ok) throw new Error(built.message);
    const name = exportFileName(built.doc, 'pdf');
    expect(name).toMatch(/^profile-2026-11-01-ocg-[0-9a-f]{6}\.pdf$/);
    expect(name).not.toContain('Tannerside');
  });

  it('offers people, groups and places only, and picks the newest plan for the subject', () => {
    const kinds = new Set(profileSubjects(loaded).map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['location', 'nominal', 'ocg', 'usg']);
    const older = plan(loaded.workspace.id, { subjectIds: [ocg.id], lro: 'old' });
    const newer = { ...older, lro: 'new', updatedAt: '2026-10-20T09:00:00.000Z' };
    expect(planFor([older, newer], ocg.id)?.lro).toBe('new');
    expect(planFor([older], 'ent_00000000000000000000')).toBeUndefined();
  });
});
