/**
 * A partnership profile as its author is writing it, and the log of its disclosures. The document
 * itself is always rebuilt from the workspace, so a draft never holds a copy of anything the
 * recipient might not be allowed to see.
 */
import { z } from 'zod';
import { classificationSchema, isoInstantSchema } from '../model';
import { recipientSchema } from './recipient';
import { SECTION_IDS } from './profileTypes';
import { disclosureTermsSchema, draftTermsSchema } from './terms';
import { recordIdSchema as idSchema } from '../model';

const sectionIdSchema = z.enum(SECTION_IDS);

/** A draft may be saved before the recipient is named; exporting still needs recipientSchema. */
export const draftRecipientSchema = recipientSchema.extend({
  agency: z.string().trim().max(200),
  role: z.string().trim().max(200),
});

export const profileDraftFieldsSchema = z.object({
  subjectId: idSchema,
  recipient: draftRecipientSchema,
  sectionOrder: z.array(sectionIdSchema).default([...SECTION_IDS]),
  authorText: z.partialRecord(sectionIdSchema, z.string().max(20_000)).default({}),
  title: z.string().max(300).default(''),
  /** Purpose, lawful basis, conditions, destroy-by date, sign-off and overrides (terms.ts). */
  terms: draftTermsSchema.default(draftTermsSchema.parse({})),
});
export type ProfileDraftFields = z.infer<typeof profileDraftFieldsSchema>;

/** One export of a profile: who sent what to whom, never the content itself. */
export const disclosureEntrySchema = z.object({
  at: isoInstantSchema,
  by: z.string().trim().min(1).max(200),
  format: z.enum(['html', 'pdf']),
  recipient: recipientSchema.pick({ agency: true, agencyType: true, role: true, clearance: true }),
  agency: z.string().max(200),
  marking: classificationSchema,
  disclosed: z.object({
    entityIds: z.array(idSchema).max(100_000),
    linkIds: z.array(idSchema).max(100_000),
    intelIds: z.array(idSchema).max(100_000),
    /** Orders and safeguarding records shown; absent on exports logged before they were. */
    recordIds: z.array(idSchema).max(100_000).optional(),
  }),
  counts: z.object({
    entities: z.number().int().min(0),
    links: z.number().int().min(0),
    intel: z.number().int().min(0),
    withheld: z.number().int().min(0),
  }),
  /** Absent on exports logged before references and terms were recorded. */
  reference: z.string().max(40).optional(),
  terms: disclosureTermsSchema.optional(),
  /** True when the user confirmed a browser print was sent (the browser cannot tell us). */
  confirmedByUser: z.boolean().optional(),
});
export type DisclosureEntry = z.infer<typeof disclosureEntrySchema>;
