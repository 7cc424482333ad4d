/**
 * The terms every disclosure carries (DPA 2018 Part 3; the information-sharing agreement): why it
 * is shared, on what lawful basis, under which agreement, how the recipient must handle it and
 * whether they may pass it on, when they must destroy it, who wrote it and who signed it off.
 * Printed on the document and kept in the disclosure log.
 */
import { z } from 'zod';
import { isoDateSchema } from '../model';
import { OVERRIDABLE_RULE_IDS, OVERRIDABLE_RULES } from './rules';

export const LAWFUL_BASES = {
  dpa_s35:
    'Data Protection Act 2018, s.35: processing for a law enforcement purpose, necessary for it',
  cda_s115: 'Crime and Disorder Act 1998, s.115: disclosure to a relevant authority',
  ca1989_s47: 'Children Act 1989, s.47: enquiries where a child may be at risk of significant harm',
  ca2004_s11: 'Children Act 2004, s.11: the duty to safeguard and promote the welfare of children',
  care_act_s42: 'Care Act 2014, s.42: safeguarding enquiries for an adult at risk',
  dpa_sch8:
    'Data Protection Act 2018, Sch. 8 para. 4: safeguarding of children and individuals at risk',
} as const;
export type LawfulBasis = keyof typeof LAWFUL_BASES;
export const LAWFUL_BASIS_IDS = Object.keys(LAWFUL_BASES) as [LawfulBasis, ...LawfulBasis[]];

const text = (max: number) => z.string().trim().max(max);

export const overrideSchema = z.object({
  rule: z.enum(OVERRIDABLE_RULE_IDS),
  reason: text(2000).min(10, 'Give the reason for setting this rule aside, in a sentence'),
});
export type DisclosureOverride = z.infer<typeof overrideSchema>;

export const supervisorSchema = z.object({
  name: text(200).min(1, "Give the supervisor's name"),
  role: text(200).min(1, "Give the supervisor's role"),
  signedOn: isoDateSchema,
});

/** The terms as exported: every field filled in. */
export const disclosureTermsSchema = z.object({
  purpose: text(2000).min(1, 'State the purpose of this disclosure'),
  lawfulBasis: z.enum(LAWFUL_BASIS_IDS),
  isaReference: text(200).min(1, 'Give the information-sharing agreement reference'),
  handlingConditions: text(2000).min(1, 'Write the handling conditions'),
  onwardSharing: text(2000).min(1, 'Say whether and how the recipient may share it onward'),
  destroyBy: isoDateSchema,
  supervisor: supervisorSchema.optional(),
  overrides: z.array(overrideSchema).max(OVERRIDABLE_RULE_IDS.length).default([]),
});
export type DisclosureTerms = z.infer<typeof disclosureTermsSchema>;

/** The terms while the author is writing them: anything may still be empty. */
export const draftTermsSchema = z.object({
  purpose: text(2000).default(''),
  lawfulBasis: z.enum(LAWFUL_BASIS_IDS).default('cda_s115'),
  isaReference: text(200).default(''),
  handlingConditions: text(2000).default(
    'Hold at the marking shown; store and transmit securely; use only for the stated purpose.',
  ),
  onwardSharing: text(2000).default(
    'Not to be shared beyond your agency without the written consent of the originating force.',
  ),
  destroyBy: z.union([isoDateSchema, z.literal('')]).default(''),
  supervisor: supervisorSchema.partial().default({}),
  overrides: z
    .array(z.object({ rule: z.enum(OVERRIDABLE_RULE_IDS), reason: text(2000) }))
    .max(OVERRIDABLE_RULE_IDS.length)
    .default([]),
});
export type DraftTerms = z.infer<typeof draftTermsSchema>;

export const EMPTY_TERMS: DraftTerms = draftTermsSchema.parse({});

export type TermsCheck = { ok: true; terms: DisclosureTerms } | { ok: false; message: string };

/**
 * The draft's terms made final for an export, or the first thing still missing. With the
 * two-person rule on, a supervisor's sign-off is required; without it, one half-given is refused.
 */
export function finalTerms(draft: DraftTerms, twoPersonRule: boolean, today: string): TermsCheck {
  const sup = draft.supervisor;
  const anySupervisor = !!(sup.name?.trim() || sup.role?.trim());
  if (twoPersonRule && !anySupervisor)
    return {
      ok: false,
      message: 'A supervisor must sign this disclosure off (the two-person rule is on)',
    };
  const parsed = disclosureTermsSchema.safeParse({
    ...draft,
    supervisor: anySupervisor ? { ...sup, signedOn: sup.signedOn || today } : undefined,
  });
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the terms' };
  if (parsed.data.destroyBy <= today)
    return { ok: false, message: 'The destroy-by date must be after today' };
  return { ok: true, terms: parsed.data };
}

/** Lines printed on the document, in the order a reader needs them. */
export function termsLines(
  terms: DisclosureTerms,
  reference: string,
  author: string,
): [string, string][] {
  const lines: [string, string][] = [
    ['Disclosure reference', reference],
    ['Purpose', terms.purpose],
    ['Lawful basis', LAWFUL_BASES[terms.lawfulBasis]],
    ['Information-sharing agreement', terms.isaReference],
    ['Handling conditions', terms.handlingConditions],
    ['Onward sharing', terms.onwardSharing],
    ['Destroy by', terms.destroyBy],
    ['Author', author],
    [
      'Supervisor sign-off',
      terms.supervisor
        ? `${terms.supervisor.name}, ${terms.supervisor.role}, on ${terms.supervisor.signedOn}`
        : 'Not required',
    ],
  ];
  for (const o of terms.overrides)
    lines.push(['Disclosure rule set aside', `${OVERRIDABLE_RULES[o.rule]}. Reason: ${o.reason}`]);
  return lines;
}

/** A reference such as "KF-20261101-003": the workspace's prefix, the day, the count of exports. */
export function disclosureReference(prefix: string, day: string, sequence: number): string {
  const clean =
    prefix
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 6)
      .toUpperCase() || 'LP';
  return `${clean}-${day.replace(/-/g, '')}-${String(sequence).padStart(3, '0')}`;
}
