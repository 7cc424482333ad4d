import { highestClassification, withinCeiling, type Classification, type Entity } from '../model';
import type { DisruptionPlan } from '../plans';
import { isExploitedChild } from '../safeguarding';
import { groupMemberIds, profileScope, type MeasureInput, type ProfileContext } from './context';
import { redactInto, type WorkspaceRecords } from './redact';
import { isPoliceRecipient } from './recipient';
import type { DisclosureOverride, DisclosureTerms } from './terms';
import { createTally } from './redactionRecord';
import {
  PROFILE_SECTIONS,
  PROFILE_SUBJECT_KINDS,
  SECTION_IDS,
  type ProfileDocument,
  type ProfileSection,
  type ProfileSubjectKind,
  type SectionBody,
  type SectionId,
} from './profileTypes';
import type { Recipient } from './recipient';
import { associateRows } from './sections/associates';
import { intelRows } from './sections/intelligence';
import { measureRows } from './sections/measures';
import { networkIds } from './sections/network';
import { planSection } from './sections/plan';
import { orderRows } from './sections/orders';
import { referralRows } from './sections/referrals';
import { nrmChildIds } from '../referrals';
import type { StoredOrder, StoredSafeguarding } from './redactCasework';
import { safeguardingSection } from './sections/safeguarding';
import { summaryFacts } from './sections/summary';
import { timelineEvents } from './sections/timeline';
import { disclosedIds } from './disclosed';

export interface ProfileOptions {
  /** The date printed on the profile and used for ages and overdue actions (YYYY-MM-DD). */
  date: string;
  author: string;
  title?: string;
  /** Sections in the author's order; those left out are not produced. Default: all. */
  sections?: readonly SectionId[];
  authorText?: Partial<Record<SectionId, string>>;
  measures?: readonly MeasureInput[];
  plan?: DisruptionPlan;
  /** The workspace's orders and safeguarding records: redacted like the map's records. */
  orders?: readonly StoredOrder[];
  safeguardingRecords?: readonly StoredSafeguarding[];
  /** Steps from the subject drawn in the network chart; default 2 for groups, 1 otherwise. */
  networkHops?: number;
  /** The author may mark the profile higher than its content requires, never lower. */
  minimumMarking?: Classification;
  /** Rules the author set aside for this profile, each with its reason (printed and logged). */
  overrides?: readonly DisclosureOverride[];
  /** The disclosure's terms and reference, printed on the document; absent in a draft preview. */
  terms?: { terms: DisclosureTerms; reference: string };
}

const BUILDERS: Record<SectionId, (ctx: ProfileContext) => SectionBody> = {
  summary: (ctx) => ({ id: 'summary', facts: summaryFacts(ctx) }),
  safeguarding: (ctx) => ({ id: 'safeguarding', ...safeguardingSection(ctx) }),
  associates: (ctx) => ({ id: 'associates', rows: associateRows(ctx) }),
  measures: (ctx) => ({ id: 'measures', ...measureRows(ctx) }),
  network: (ctx) => ({ id: 'network', ...networkIds(ctx) }),
  timeline: (ctx) => ({ id: 'timeline', events: timelineEvents(ctx) }),
  intelligence: (ctx) => ({ id: 'intelligence', rows: intelRows(ctx) }),
  plan: (ctx) => ({ id: 'plan', ...planSection(ctx) }),
  orders: (ctx) => ({ id: 'orders', ...orderRows(ctx) }),
  referrals: (ctx) => ({ id: 'referrals', ...referralRows(ctx) }),
};

function isSubjectKind(kind: Entity['kind']): kind is ProfileSubjectKind {
  return (PROFILE_SUBJECT_KINDS as readonly string[]).includes(kind);
}

function checkedOrder(order: readonly SectionId[] | undefined): readonly SectionId[] {
  const ids = order ?? SECTION_IDS;
  if (new Set(ids).size !== ids.length)
    throw new Error('A section appears twice in the profile; keep each section once.');
  return ids;
}

/**
 * Builds the profile of one subject as `recipient` will receive it. The records are redacted
 * first and every section is built from the redacted copy only, so nothing withheld can reach
 * the document, whatever a section builder does.
 */
export function buildProfile(
  records: WorkspaceRecords,
  subjectId: string,
  recipient: Recipient,
  options: ProfileOptions,
): ProfileDocument {
  const original = records.entities.find((e) => e.id === subjectId);
  if (!original) throw new Error('The subject of this profile is not on the map.');
  if (!isSubjectKind(original.kind))
    throw new Error('A profile is about a person, an OCG, a street gang or a location.');
  const order = checkedOrder(options.sections);
  const minimum = options.minimumMarking ?? 'OFFICIAL';
  if (!withinCeiling(minimum, recipient.clearance)) {
    throw new Error(
      `This profile is to be marked ${minimum}, but the recipient is cleared only to ${recipient.clearance}.`,
    );
  }
  const hops = Math.max(1, Math.min(options.networkHops ?? (isGroupKind(original) ? 2 : 1), 4));
  const overrides = new Set((options.overrides ?? []).map((o) => o.rule));
  const tally = createTally();
  const all = {
    ...records,
    orders: options.orders ?? records.orders ?? [],
    safeguardingRecords: options.safeguardingRecords ?? records.safeguardingRecords ?? [],
  };
  const scope = profileScope(all, original, hops);
  const day = options.date;
  const filtered = redactInto(all, recipient, tally, { overrides, scope, date: day });
  // Child first, on the unredacted records: a child flagged as exploited, or referred to the
  // NRM as a potential victim of trafficking, is a victim to every reader.
  const exploitedChildIds = new Set([
    ...records.entities
      .filter((e) => e.kind === 'nominal' && isExploitedChild(e, day))
      .map((e) => e.id),
    ...nrmChildIds(all.safeguardingRecords, records.entities, day),
  ]);
  const subject = filtered.entities.find((e) => e.id === subjectId);
  if (!subject) {
    throw new Error(
      'The subject cannot be shared with this recipient: its classification or the intelligence it rests on does not allow it.',
    );
  }
  const entities = new Map(filtered.entities.map((e) => [e.id, e]));
  const isGroup = subject.kind === 'ocg' || subject.kind === 'usg';
  const focusIds = new Set([
    subject.id,
    ...(isGroup ? groupMemberIds(subject.id, entities, filtered.links) : []),
  ]);
  const ctx: ProfileContext = {
    subject,
    entities,
    links: filtered.links,
    intel: new Map(filtered.intelItems.map((i) => [i.id, i])),
    recipient,
    date: options.date,
    focusIds,
    focusLinks: filtered.links.filter((l) => focusIds.has(l.source) || focusIds.has(l.target)),
    measures: options.measures ?? [],
    plan: options.plan,
    orders: filtered.orders,
    safeguardingRecords: filtered.safeguardingRecords,
    networkHops: hops,
    tally,
    exploitedChildIds,
    audience: isPoliceRecipient(recipient) ? 'police' : 'partner',
  };
  const sections: ProfileSection[] = order.map((id) => ({
    id,
    title: PROFILE_SECTIONS[id],
    authorText: options.authorText?.[id] ?? '',
    body: BUILDERS[id](ctx),
  }));
  const included = disclosedIds(sections, ctx);
  const marking = highestClassification([
    minimum,
    ...included.entityIds.map((id) => entities.get(id)?.classification ?? 'OFFICIAL'),
    ...filtered.links.filter((l) => included.linkIds.includes(l.id)).map((l) => l.classification),
    ...included.intelIds.map((id) => ctx.intel.get(id)?.classification ?? 'OFFICIAL'),
  ]);
  return {
    title: options.title?.trim() || `Partnership profile: ${subject.label}`,
    subject: { id: subject.id, kind: original.kind, label: subject.label },
    recipient: tally.toRecord(recipient).recipient,
    author: options.author,
    date: options.date,
    marking,
    sections,
    redaction: tally.toRecord(recipient),
    withheld: tally.counts(),
    disclosed: included,
    ...(options.terms ? { terms: options.terms.terms, reference: options.terms.reference } : {}),
  };
}

function isGroupKind(e: Entity): boolean {
  return e.kind === 'ocg' || e.kind === 'usg';
}
