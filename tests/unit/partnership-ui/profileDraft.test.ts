import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../../shared/profiles';
import {
  draftsOf,
  editableFields,
  moveSection,
  newDraftFields,
  toggleSection,
} from '../../../renderer/profiles/profileDraft';
import { parseTags } from '../../../renderer/profiles/RecipientFields';
import { demoWith } from './fixture';

describe('section order', () => {
  it('moves a section one place and leaves the ends alone', () => {
    const order = ['summary', 'associates', 'timeline'] as const;
    expect(moveSection(order, 1, -1)).toEqual(['associates', 'summary', 'timeline']);
    expect(moveSection(order, 1, 1)).toEqual(['summary', 'timeline', 'associates']);
    expect(moveSection(order, 0, -1)).toEqual([...order]);
    expect(moveSection(order, 2, 1)).toEqual([...order]);
  });

  it('leaves a section out and puts it back last', () => {
    const out = toggleSection(SECTION_IDS, 'summary', false);
    expect(out).not.toContain('summary');
    expect(toggleSection(out, 'summary', true).at(-1)).toBe('summary');
  });
});

describe('condition tags', () => {
  it('reads tags with or without #, once each, lower-cased', () => {
    expect(parseTags('#MASH-only, lado  #mash-only')).toEqual(['mash-only', 'lado']);
    expect(parseTags('   ')).toEqual([]);
  });
});

describe('stored drafts', () => {
  it('hands the screens each draft with its disclosure log', () => {
    const fields = newDraftFields('ent_15e02d9545b194661746');
    const disclosure = {
      at: '2026-11-01T10:00:00.000Z',
      by: 'A. Analyst',
      format: 'pdf' as const,
      recipient: {
        agency: 'Kestrelford Council',
        agencyType: 'childrens_services' as const,
        role: 'MASH manager',
        clearance: 'OFFICIAL' as const,
      },
      agency: 'Kestrelford Council',
      marking: 'OFFICIAL' as const,
      disclosed: { entityIds: [], linkIds: [], intelIds: [] },
      counts: { entities: 0, links: 0, intel: 0, withheld: 3 },
    };
    const stored = {
      id: 'prf_00000000000000000001',
      workspaceId: 'ws_00000000000000000000',
      draft: fields,
      exports: [disclosure],
      createdAt: disclosure.at,
      updatedAt: disclosure.at,
    };
    const drafts = draftsOf(demoWith({ profiles: new Map([[stored.id, stored]]) }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.storedId).toBe(stored.id);
    expect(drafts[0]!.subjectId).toBe(fields.subjectId);
    expect(drafts[0]!.exports).toEqual([disclosure]);
  });

  it('has no drafts when the store gives none', () => {
    expect(draftsOf(demoWith())).toEqual([]);
  });
});

describe('editable fields', () => {
  it('leaves out the store id and the export history, so an update cannot overwrite the log', () => {
    const fields = newDraftFields('ent_15e02d9545b194661746');
    const stored = { ...fields, storedId: 'prf_00000000000000000001', exports: [] };
    expect(Object.keys(editableFields(stored)).sort()).toEqual([
      'authorText',
      'recipient',
      'sectionOrder',
      'subjectId',
      'terms',
      'title',
    ]);
  });
});
