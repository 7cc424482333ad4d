/**
 * A partnership profile as the author is writing it: the subject, the recipient, the order of
 * sections and the author's own words. The document itself is always rebuilt from the workspace,
 * so a draft never holds a copy of anything the recipient might not be allowed to see.
 */
import { z } from 'zod';
import {
  recipientSchema,
  SECTION_IDS,
  type Recipient,
  type SectionId,
} from '../../shared/profiles';
import type { LoadedWorkspace } from '../store';
import { partnershipMaps } from '../plans/partnershipRecords';

const sectionIdSchema = z.enum(SECTION_IDS);

export const profileDraftFieldsSchema = z.object({
  subjectId: z.string().min(1),
  recipient: recipientSchema,
  sectionOrder: z.array(sectionIdSchema).default([...SECTION_IDS]),
  authorText: z.partialRecord(sectionIdSchema, z.string().max(20_000)).default({}),
  title: z.string().max(300).default(''),
});
export type ProfileDraftFields = z.infer<typeof profileDraftFieldsSchema>;

export interface ExportLogEntry {
  at: string;
  by: string;
  format: string;
  agency: string;
}

export type StoredProfileDraft = ProfileDraftFields & {
  recordId: string;
  exports: ExportLogEntry[];
};

function exportsOf(value: unknown): ExportLogEntry[] {
  const v = value as { exports?: unknown; exportHistory?: unknown };
  const list = Array.isArray(v.exports) ? v.exports : Array.isArray(v.exportHistory) ? v.exportHistory : [];
  return list.map((raw) => {
    const e = raw as Record<string, unknown>;
    const recipient = e.recipient as { agency?: unknown } | string | undefined;
    return {
      at: String(e.at ?? ''),
      by: String(e.by ?? ''),
      format: String(e.format ?? ''),
      agency: String(e.agency ?? (typeof recipient === 'string' ? recipient : recipient?.agency) ?? ''),
    };
  });
}

/** Saved drafts, newest edits last as the store keeps them; unreadable ones are left out. */
export function draftsOf(loaded: LoadedWorkspace): StoredProfileDraft[] {
  const out: StoredProfileDraft[] = [];
  for (const [recordId, value] of partnershipMaps(loaded).profiles ?? []) {
    const parsed = profileDraftFieldsSchema.safeParse(value);
    if (parsed.success) out.push({ ...parsed.data, recordId, exports: exportsOf(value) });
  }
  return out;
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
  };
}

/** The order with the section at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveSection(order: readonly SectionId[], index: number, delta: -1 | 1): SectionId[] {
  const target = index + delta;
  const next = [...order];
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Turns a section on or off, keeping the others in place; a section turned on goes last. */
export function toggleSection(order: readonly SectionId[], id: SectionId, on: boolean): SectionId[] {
  const without = order.filter((s) => s !== id);
  return on ? [...without, id] : without;
}
