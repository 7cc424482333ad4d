import type { Classification, EntityKind } from '../model';
import type { Pillar } from '../plans';
import type { PillarProgress } from '../plans';
import type { RedactionRecord, WithheldCounts } from './redactionRecord';
import type { DisclosureTerms } from './terms';

export const PROFILE_SUBJECT_KINDS = ['nominal', 'ocg', 'usg', 'location'] as const;
export type ProfileSubjectKind = (typeof PROFILE_SUBJECT_KINDS)[number];

export const PROFILE_SECTIONS = {
  summary: 'Summary and identifiers',
  safeguarding: 'Safeguarding',
  associates: 'Associates',
  measures: 'Key measures',
  network: 'Network',
  timeline: 'Timeline',
  intelligence: 'Intelligence summaries',
  plan: 'Disruption plan',
  orders: 'Orders and notices',
  referrals: 'Safeguarding referrals and episodes',
} as const;
export type SectionId = keyof typeof PROFILE_SECTIONS;
export const SECTION_IDS = Object.keys(PROFILE_SECTIONS) as [SectionId, ...SectionId[]];

export interface Fact {
  label: string;
  value: string;
}

export interface SafeguardingRow {
  entityId: string;
  label: string;
  roles: string;
  flags: string[];
}

export interface AssociateRow {
  entityId: string;
  label: string;
  kind: EntityKind;
  kindLabel: string;
  /** Set for nominals: their recorded roles, victim first. */
  roles: string | undefined;
  /** e.g. "Member of", read from the subject's side: "subject — Member of — row". */
  relation: string;
  grade: string;
  gradeMeaning: string;
  strength: number;
}

export interface MeasureRow {
  measureId: string;
  label: string;
  meaning: string;
  entityId: string;
  entityLabel: string;
  value: string;
  /** Position among the disclosed records only, e.g. "2nd of 14", so withheld ones stay uncounted. */
  position: string;
}

export interface TimelineEvent {
  date: string;
  text: string;
}

export interface IntelRow {
  reference: string;
  date: string;
  grade: string;
  gradeMeaning: string;
  summary: string;
}

export interface PlanActionRow {
  pillar: Pillar;
  pillarLabel: string;
  tactic: string;
  leadAgency: string;
  targets: string[];
  owner: string;
  dueDate: string;
  status: string;
  outcome: string;
  overdue: boolean;
}

export interface PlanBody {
  lro: string;
  aims: string[];
  actions: PlanActionRow[];
  progress: PillarProgress[];
}

export interface OrderRow {
  orderId: string;
  power: string;
  binds: string[];
  boundIds: string[];
  status: string;
  leadAgency: string;
  court: string;
  inForce: string;
  conditions: string[];
}

export interface ReferralRow {
  recordId: string;
  personId: string;
  person: string;
  kind: string;
  date: string;
  reference: string;
  summary: string;
}

export type SectionBody =
  | { id: 'summary'; facts: Fact[] }
  | { id: 'safeguarding'; rows: SafeguardingRow[]; notice: string }
  | { id: 'associates'; rows: AssociateRow[] }
  | { id: 'measures'; rows: MeasureRow[]; notice: string }
  | { id: 'network'; nodeIds: string[]; linkIds: string[]; description: string }
  | { id: 'timeline'; events: TimelineEvent[] }
  | { id: 'intelligence'; rows: IntelRow[] }
  | { id: 'plan'; plan: PlanBody | null; notice: string }
  | { id: 'orders'; rows: OrderRow[]; notice: string }
  | { id: 'referrals'; rows: ReferralRow[]; notice: string };

export interface ProfileSection {
  id: SectionId;
  title: string;
  /** The author's own words for the section, shown before the generated content. */
  authorText: string;
  body: SectionBody;
}

/** Plain data that an HTML or PDF renderer draws; everything in it may go to the recipient. */
export interface ProfileDocument {
  title: string;
  subject: { id: string; kind: ProfileSubjectKind; label: string };
  recipient: RedactionRecord['recipient'];
  author: string;
  date: string;
  /** Highest classification of anything included, never below the author's chosen minimum. */
  marking: Classification;
  sections: ProfileSection[];
  redaction: RedactionRecord;
  /** For the author and the disclosure log only: the full counts, never printed below O-S. */
  withheld: WithheldCounts;
  /** What goes into the disclosure log (DPA 2018 s.62): the ids of every record included. */
  disclosed: { entityIds: string[]; linkIds: string[]; intelIds: string[]; recordIds: string[] };
  /** Set on an export: the terms and reference printed on the document. */
  terms?: DisclosureTerms;
  reference?: string;
}
