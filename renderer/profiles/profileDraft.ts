/**
 * A partnership profile as the author is writing it: the subject, the recipient, the order of
 * sections and the author's own words. The document itself is always rebuilt from the workspace,
 * so a draft never holds a copy of anything the recipient might not be allowed to see.
 */
import {
  EMPTY_TERMS,
  SECTION_IDS,
  type DisclosureEntry,
  type ProfileDraftFields,
  type Recipient,
  type SectionId,
} from '../../shared/profiles';
import type { LoadedWorkspace } from '../store';

export type { ProfileDraftFields };

export type StoredProfileDraft = ProfileDraftFields & {
  storedId: string;
  exports: DisclosureEntry[];
};

/** Saved drafts in the order the store keeps them. */
export function draftsOf(loaded: LoadedWorkspace): StoredProfileDraft[] {
  return [...loaded.profiles.values()].map((p) => ({
    ...p.draft,
    storedId: p.id,
    exports: p.exports,
  }));
}

/** Safe starting point: inside the force, no conditional material, no higher than OFFICIAL. */
export const DEFAULT_RECIPIENT: Recipient = {
  agency: '',
  agencyType: 'childrens_services',
  role: '',
  clearance: 'OFFICIAL',
  mayReceiveConditional: false,
};

export function newDraftFields(subjectId: string): ProfileDraftFields {
  return {
    subjectId,
    recipient: { ...DEFAULT_RECIPIENT },
    sectionOrder: [...SECTION_IDS],
    authorText: {},
    title: '',
    terms: { ...EMPTY_TERMS, supervisor: {}, overrides: [] },
  };
}

/** The order with the section at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveSection(
  order: readonly SectionId[],
  index: number,
  delta: -1 | 1,
): SectionId[] {
  const target = index + delta;
  const next = [...order];
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Turns a section on or off, keeping the others in place; a section turned on goes last. */
export function toggleSection(
  order: readonly SectionId[],
  id: SectionId,
  on: boolean,
): SectionId[] {
  const without = order.filter((s) => s !== id);
  return on ? [...without, id] : without;
}

/** Only the fields the author edits: never the store's id or the export history. */
export function editableFields(d: ProfileDraftFields): ProfileDraftFields {
  const { subjectId, recipient, sectionOrder, authorText, title, terms } = d;
  return { subjectId, recipient, sectionOrder, authorText, title, terms };
}
