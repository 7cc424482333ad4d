import { AGENCY_KINDS, COUNCIL_AGENCY_KINDS, type AgencyKind } from './pillars';
import type { PlanAction, Tactic } from './schema';

/** The agency kind an action is led by: as recorded, or the power's owner for older records. */
export function leadKindOf(action: PlanAction, tactic: Tactic | undefined): AgencyKind {
  return action.leadAgencyKind ?? tactic?.leadAgencyKind ?? 'other';
}

/** The default lead of a new action: the power's owner in the catalogue. */
export function defaultLead(tactic: Tactic | undefined): { kind: AgencyKind; name: string } {
  const kind = tactic?.leadAgencyKind ?? 'other';
  return { kind, name: AGENCY_KINDS[kind] };
}

/**
 * Why this lead cannot use the power, or null. A power that only council services hold is never
 * led by the police; a built-in power lists who may use it, and a partnership's own tactic with
 * no list may be led by anyone.
 */
export function leadAgencyProblem(kind: AgencyKind, tactic: Tactic | undefined): string | null {
  const agencies = tactic?.agencies ?? [];
  if (!tactic || agencies.length === 0) return null;
  if (agencies.includes(kind)) return null;
  const who = agencies.map((a) => AGENCY_KINDS[a]).join(', ');
  const councilOnly = agencies.every((a) => COUNCIL_AGENCY_KINDS.includes(a));
  const lead = AGENCY_KINDS[kind];
  return councilOnly && kind === 'police'
    ? `${tactic.label} is a council power: the police cannot lead it. It is used by ${who}.`
    : `${tactic.label} is used by ${who}, not by ${lead}.`;
}
