import type { Entity } from '../../shared/model';
import {
  buildProfile,
  overrideSchema,
  PROFILE_SUBJECT_KINDS,
  recipientSchema,
  type DisclosureOverride,
  type DisclosureTerms,
  type MeasureInput,
  type ProfileDocument,
} from '../../shared/profiles';
import type { DisruptionPlan } from '../../shared/plans';
import type { LoadedWorkspace } from '../store';
import { ordersOf, safeguardingOf } from '../plans/boardRecords';
import type { ProfileDraftFields } from './profileDraft';

export type BuiltProfile = { ok: true; doc: ProfileDocument } | { ok: false; message: string };

/** People, groups and places a profile can be about, by label. */
export function profileSubjects(loaded: LoadedWorkspace): Entity[] {
  return [...loaded.entities.values()]
    .filter((e) => (PROFILE_SUBJECT_KINDS as readonly string[]).includes(e.kind))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
}

/** The newest plan that names the subject, if any. */
export function planFor(
  plans: readonly DisruptionPlan[],
  subjectId: string,
): DisruptionPlan | undefined {
  return plans
    .filter((p) => p.subjectIds.includes(subjectId))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}

/**
 * The document exactly as the recipient will receive it, or the reason it cannot be built yet
 * (an unfinished recipient, a subject the recipient may not see). Never throws.
 */
export function buildDraftDocument(
  loaded: LoadedWorkspace,
  draft: ProfileDraftFields,
  options: {
    author: string;
    date: string;
    measures: readonly MeasureInput[];
    plans: readonly DisruptionPlan[];
    /** On export: the final terms and the reference printed on the document. */
    terms?: { terms: DisclosureTerms; reference: string };
  },
): BuiltProfile {
  const recipient = recipientSchema.safeParse(draft.recipient);
  if (!recipient.success) {
    const first = recipient.error.issues[0];
    return {
      ok: false,
      message: `Finish the recipient first: ${first?.message ?? 'check the form'}.`,
    };
  }
  try {
    const doc = buildProfile(
      {
        entities: [...loaded.entities.values()],
        links: [...loaded.links.values()],
        intelItems: [...loaded.intel.values()],
      },
      draft.subjectId,
      recipient.data,
      {
        date: options.date,
        author: options.author,
        title: draft.title,
        sections: draft.sectionOrder,
        authorText: draft.authorText,
        measures: options.measures,
        plan: planFor(options.plans, draft.subjectId),
        overrides: validOverrides(draft),
        ...(options.terms ? { terms: options.terms } : {}),
        orders: ordersOf(loaded),
        safeguardingRecords: safeguardingOf(loaded),
      },
    );
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** Overrides only count once their reason is written: a rule is never set aside silently. */
export function validOverrides(draft: ProfileDraftFields): DisclosureOverride[] {
  return draft.terms.overrides.flatMap((o) => {
    const parsed = overrideSchema.safeParse(o);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A file name without the subject's label, which may itself be sensitive or hostile. */
export function exportFileName(doc: ProfileDocument, extension: 'html' | 'pdf'): string {
  return `profile-${doc.date}-${doc.subject.kind}-${doc.subject.id.slice(-6)}.${extension}`;
}

/** What the disclosure log records for one export: who, when, to whom, and which records. */
export function disclosureEntry(
  doc: ProfileDocument,
  format: 'html' | 'pdf',
  by: string,
  at: string,
) {
  return {
    at,
    by,
    format,
    recipient: doc.recipient,
    agency: doc.recipient.agency,
    marking: doc.marking,
    disclosed: doc.disclosed,
    ...(doc.reference ? { reference: doc.reference } : {}),
    ...(doc.terms ? { terms: doc.terms } : {}),
    counts: {
      entities: doc.disclosed.entityIds.length,
      links: doc.disclosed.linkIds.length,
      intel: doc.disclosed.intelIds.length,
      withheld: doc.withheld.total,
    },
  };
}
