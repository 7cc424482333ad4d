import { ENTITY_KINDS, type Classification, type EntityKind } from '../model';
import { WITHHOLD_REASONS, type WithholdReason } from './handling';
import type { AgencyType, Recipient } from './recipient';

export type WithheldKind =
  | EntityKind
  | 'link'
  | 'intelligence'
  | 'safeguarding_details'
  | 'record_details'
  | 'source_references'
  | 'analyst_notes'
  | 'plan_action'
  | 'order'
  | 'safeguarding_record';

const KIND_LABELS: Record<WithheldKind, string> = {
  ...Object.fromEntries(Object.entries(ENTITY_KINDS).map(([k, v]) => [k, v.plural])),
  link: 'Links',
  intelligence: 'Intelligence items',
  safeguarding_details: 'Safeguarding details of a person',
  record_details: 'Details of a record shown (fields this agency does not receive)',
  source_references: 'Intelligence report references',
  analyst_notes: "Analysts' working notes",
  plan_action: 'Disruption plan actions',
  order: 'Orders and notices',
  // All five kinds of safeguarding record under one heading: the kind itself can say too much.
  safeguarding_record:
    'Safeguarding records (referrals, strategy discussions, warning notices, missing episodes)',
} as Record<WithheldKind, string>;

const KIND_ORDER = Object.keys(KIND_LABELS) as WithheldKind[];
const REASON_ORDER = Object.keys(WITHHOLD_REASONS) as WithholdReason[];

export interface RedactionRow {
  kind: WithheldKind;
  kindLabel: string;
  reason: WithholdReason;
  reasonText: string;
  count: number;
}

/** Sentence shown to a recipient below OFFICIAL-SENSITIVE, who is told nothing of numbers. */
export const WITHHELD_STATEMENT =
  'Some information has been withheld from this profile under the disclosure rules for your agency.';

/**
 * What the recipient is told about withholding. Counts only (no id, label or date of anything
 * withheld, in a fixed order that leaks no input order), and only about the profile's subject.
 * A recipient cleared only to OFFICIAL gets `detail: 'statement'`: no rows, no total.
 */
export interface RedactionRecord {
  recipient: { agency: string; agencyType: AgencyType; role: string; clearance: Classification };
  detail: 'counts' | 'statement';
  anyWithheld: boolean;
  rows: RedactionRow[];
  /** Null when the recipient is told only that something was withheld. */
  totalWithheld: number | null;
}

/** The full counts, for the author's preview and the disclosure log; never printed below O-S. */
export interface WithheldCounts {
  rows: RedactionRow[];
  total: number;
}

export interface RedactionTally {
  add(kind: WithheldKind, reason: WithholdReason): void;
  counts(): WithheldCounts;
  toRecord(recipient: Recipient): RedactionRecord;
}

export function createTally(): RedactionTally {
  const counts = new Map<string, number>();
  const key = (k: WithheldKind, r: WithholdReason) => `${k}|${r}`;
  const tallied = (): WithheldCounts => {
    const rows: RedactionRow[] = [];
    for (const kind of KIND_ORDER) {
      for (const reason of REASON_ORDER) {
        const count = counts.get(key(kind, reason));
        if (count)
          rows.push({
            kind,
            kindLabel: KIND_LABELS[kind],
            reason,
            reasonText: WITHHOLD_REASONS[reason],
            count,
          });
      }
    }
    return { rows, total: rows.reduce((n, r) => n + r.count, 0) };
  };
  return {
    add(kind, reason) {
      counts.set(key(kind, reason), (counts.get(key(kind, reason)) ?? 0) + 1);
    },
    counts: tallied,
    toRecord(recipient) {
      const { rows, total } = tallied();
      const { agency, agencyType, role, clearance } = recipient;
      const statement = clearance === 'OFFICIAL';
      return {
        recipient: { agency, agencyType, role, clearance },
        detail: statement ? 'statement' : 'counts',
        anyWithheld: total > 0,
        rows: statement ? [] : rows,
        totalWithheld: statement ? null : total,
      };
    },
  };
}
