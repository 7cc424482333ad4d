import { ENTITY_KINDS, type Classification, type EntityKind } from '../model';
import { WITHHOLD_REASONS, type WithholdReason } from './handling';
import type { AgencyType, Recipient } from './recipient';

export type WithheldKind =
  | EntityKind
  | 'link'
  | 'intelligence'
  | 'safeguarding_details'
  | 'analyst_notes'
  | 'plan_action'
  | 'order'
  | 'safeguarding_record';

const KIND_LABELS: Record<WithheldKind, string> = {
  ...Object.fromEntries(Object.entries(ENTITY_KINDS).map(([k, v]) => [k, v.plural])),
  link: 'Links',
  intelligence: 'Intelligence items',
  safeguarding_details: 'Safeguarding details of a person',
  analyst_notes: "Analysts' working notes",
  plan_action: 'Disruption plan actions',
  order: 'Orders and notices',
  safeguarding_record: 'Safeguarding referrals and episodes',
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

/** Counts only: no id, label or date of anything withheld, in a fixed order that leaks no input order. */
export interface RedactionRecord {
  recipient: { agency: string; agencyType: AgencyType; role: string; clearance: Classification };
  rows: RedactionRow[];
  totalWithheld: number;
}

export interface RedactionTally {
  add(kind: WithheldKind, reason: WithholdReason): void;
  toRecord(recipient: Recipient): RedactionRecord;
}

export function createTally(): RedactionTally {
  const counts = new Map<string, number>();
  const key = (k: WithheldKind, r: WithholdReason) => `${k}|${r}`;
  return {
    add(kind, reason) {
      counts.set(key(kind, reason), (counts.get(key(kind, reason)) ?? 0) + 1);
    },
    toRecord(recipient) {
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
      const { agency, agencyType, role, clearance } = recipient;
      return {
        recipient: { agency, agencyType, role, clearance },
        rows,
        totalWithheld: rows.reduce((n, r) => n + r.count, 0),
      };
    },
  };
}
