import type { Entity, EntityOf, Link, RiskLevel } from '../model';
import { isOpenStatus, type DisruptionPlan, type Pillar } from '../plans';
import { addDays } from '../review/days';
import { cuckooedOccupantIds } from './cuckooed';
import { highestRisk, riskRank, vulnerabilityIndicators, type Indicator } from './indicators';
import { isExploitedChild, rolesFor } from './roles';

export interface OpenSafeguardingAction {
  planId: string;
  actionId: string;
  pillar: Pillar;
  tacticId: string;
  dueDate: string;
  overdue: boolean;
}

export interface SafeguardingEntry {
  entityId: string;
  label: string;
  roles: string;
  indicators: Indicator[];
  risk: RiskLevel | undefined;
  assessedBy: string | undefined;
  assessedOn: string | undefined;
  /** When the risk assessment falls due for review, if it has a date. */
  assessmentReviewOn: string | undefined;
  /** The record's own MoPI review date. */
  recordReviewOn: string | undefined;
  reviewDue: boolean;
  openActions: OpenSafeguardingAction[];
  /** Exposure to the network's controllers, computed by analysis; undefined if not supplied. */
  exposure: number | undefined;
}

export interface SafeguardingInput {
  entities: readonly Entity[];
  links: readonly Link[];
  day: string;
  plans?: readonly DisruptionPlan[];
  exposure?: Readonly<Record<string, number>>;
  /** Local policy: how often a CCE/CSE risk assessment is reviewed. Default 90 days. */
  assessmentReviewDays?: number;
}

/** Safeguarding work is Protect and Prevent; Pursue actions against a victim are not support. */
const SAFEGUARDING_PILLARS: ReadonlySet<Pillar> = new Set(['protect', 'prevent']);

function openActionsFor(
  id: string,
  plans: readonly DisruptionPlan[],
  day: string,
): OpenSafeguardingAction[] {
  const out: OpenSafeguardingAction[] = [];
  for (const plan of plans) {
    for (const a of plan.actions) {
      if (
        !isOpenStatus(a.status) ||
        !SAFEGUARDING_PILLARS.has(a.pillar) ||
        !a.targetIds.includes(id)
      )
        continue;
      out.push({
        planId: plan.id,
        actionId: a.id,
        pillar: a.pillar,
        tacticId: a.tacticId,
        dueDate: a.dueDate,
        overdue: a.dueDate < day,
      });
    }
  }
  return out.sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : 0));
}

function entryFor(
  person: EntityOf<'nominal'>,
  input: SafeguardingInput,
  occupants: Set<string>,
): SafeguardingEntry | null {
  const indicators = vulnerabilityIndicators(person, input.day, occupants.has(person.id));
  if (indicators.length === 0) return null;
  const s = person.attrs.safeguarding;
  const assessmentReviewOn = s?.assessedOn
    ? addDays(s.assessedOn, input.assessmentReviewDays ?? 90)
    : undefined;
  const due = (d: string | undefined) => d !== undefined && d <= input.day;
  return {
    entityId: person.id,
    label: person.label,
    // The safeguarding screen is shown to partners (boards, briefings): a child is a victim here.
    roles: rolesFor(person, {
      exploitedChild: isExploitedChild(person, input.day),
      audience: 'partner',
    }),
    indicators,
    risk: highestRisk(person),
    assessedBy: s?.assessedBy,
    assessedOn: s?.assessedOn,
    assessmentReviewOn,
    recordReviewOn: person.reviewDate,
    reviewDue: due(assessmentReviewOn) || due(person.reviewDate),
    openActions: openActionsFor(person.id, input.plans ?? [], input.day),
    exposure: input.exposure?.[person.id],
  };
}

/**
 * Everyone with at least one vulnerability indicator, highest assessed risk first; then
 * children, then those with more indicators; ties by label so the order is stable.
 */
export function safeguardingView(input: SafeguardingInput): SafeguardingEntry[] {
  const occupants = cuckooedOccupantIds(input.entities, input.links);
  const entries: SafeguardingEntry[] = [];
  for (const e of input.entities) {
    if (e.kind !== 'nominal') continue;
    const entry = entryFor(e, input, occupants);
    if (entry) entries.push(entry);
  }
  const isChild = (e: SafeguardingEntry) => (e.indicators.some((i) => i.code === 'child') ? 1 : 0);
  return entries.sort(
    (a, b) =>
      riskRank(b.risk) - riskRank(a.risk) ||
      isChild(b) - isChild(a) ||
      b.indicators.length - a.indicators.length ||
      a.label.localeCompare(b.label),
  );
}
