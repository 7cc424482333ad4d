import { addDays } from '../review/days';
import { highestClassification, type Classification, type Entity, type Link } from '../model';
import { allDeadlines, momentWords, type Order } from '../orders';
import {
  findTactic,
  isOpenStatus,
  leadKindOf,
  AGENCY_KINDS,
  type DisruptionPlan,
  type Pillar,
  type Tactic,
} from '../plans';
import type { ScoreRecord, ScoringMatrix } from '../prioritisation';
import type { SafeguardingRecord } from '../referrals';
import { outcomesBetween, type Outcomes } from './outcomes';
import { ragByPillar, type Rag } from './rag';
import { BAND_WORDS, groupBand } from './scoreBand';
import type { Meeting } from './schema';

/** How far ahead "what is due next" looks: up to the next monthly meeting and a little beyond. */
export const DUE_NEXT_DAYS = 42;

export interface AgencyCount {
  agency: string;
  count: number;
}

export interface DueItem {
  due: string;
  group: string;
  what: string;
  lead: string;
}

export interface OcgSummaryRow {
  groupId: string;
  group: string;
  band: string;
  lro: string;
  rag: Record<Pillar, Rag>;
  overdueByAgency: AgencyCount[];
  outcomes: Outcomes;
  reviewDate: string;
  signedOff: string;
}

export interface BoardPackDocument {
  title: string;
  meetingOn: string;
  chair: string;
  /** The previous meeting's date: outcomes are counted after it; absent at the first meeting. */
  since: string | undefined;
  marking: Classification;
  rows: OcgSummaryRow[];
  overdueByAgency: AgencyCount[];
  dueNext: DueItem[];
  entityIds: string[];
  planIds: string[];
}

export interface BoardPackInput {
  meeting: Meeting;
  previousMeetingOn: string | undefined;
  entities: readonly Entity[];
  links: readonly Link[];
  plans: readonly DisruptionPlan[];
  orders: readonly (Order & { id: string })[];
  referrals: readonly SafeguardingRecord[];
  scores: readonly ScoreRecord[];
  matrix: ScoringMatrix;
  tactics: readonly Tactic[];
}

function countBy(items: readonly string[]): AgencyCount[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts]
    .map(([agency, count]) => ({ agency, count }))
    .sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency));
}

/** Members of the group, the people its plan targets, and the people its members exploit. */
function peopleOf(group: string, plan: DisruptionPlan, links: readonly Link[]): Set<string> {
  const members = new Set(
    links
      .filter((l) => (l.kind === 'member_of' || l.kind === 'controls') && l.target === group)
      .map((l) => l.source),
  );
  const out = new Set([...members, ...plan.actions.flatMap((a) => a.targetIds)]);
  for (const l of links) if (l.kind === 'exploits' && members.has(l.source)) out.add(l.target);
  return out;
}

/**
 * The board pack for one meeting: a row per group with a plan (its band, LRO, RAG by pillar,
 * overdue actions by agency, outcomes since the last meeting, review and sign-off), overdue
 * actions by agency across all plans, and what falls due next. It names groups, agencies and
 * powers only, never a person, so every partner at the table may read it.
 */
export function buildBoardPack(input: BoardPackInput): BoardPackDocument {
  const day = input.meeting.heldOn;
  const horizon = addDays(day, DUE_NEXT_DAYS);
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const groupPlans = input.plans.filter((p) => {
    const s = byId.get(p.subjectIds[0] ?? '');
    return s?.kind === 'ocg' || s?.kind === 'usg';
  });
  const rows: OcgSummaryRow[] = [];
  const overdueAll: string[] = [];
  const dueNext: DueItem[] = [];
  for (const plan of groupPlans) {
    const groupId = plan.subjectIds[0]!;
    const group = byId.get(groupId)!.label;
    const custom = [...input.tactics, ...plan.customTactics];
    const leadOf = (a: DisruptionPlan['actions'][number]) =>
      a.leadAgency || AGENCY_KINDS[leadKindOf(a, findTactic(a.tacticId, custom))];
    const overdue = plan.actions
      .filter((a) => isOpenStatus(a.status) && a.dueDate < day)
      .map(leadOf);
    overdueAll.push(...overdue);
    for (const a of plan.actions) {
      if (isOpenStatus(a.status) && a.dueDate >= day && a.dueDate <= horizon)
        dueNext.push({
          due: a.dueDate,
          group,
          what: findTactic(a.tacticId, custom)?.label ?? a.tacticId,
          lead: leadOf(a),
        });
    }
    const orders = input.orders.filter((o) => o.planId === plan.id);
    for (const d of allDeadlines(orders, custom, day)) {
      if (d.due.date > horizon) continue;
      const order = orders.find((o) => o.id === d.orderId)!;
      const power = findTactic(order.powerId, custom)?.label ?? order.powerId;
      dueNext.push({
        due: momentWords(d.due),
        group,
        what: `${power}: ${d.label}${d.overdue ? ' (overdue)' : ''}`,
        lead: order.leadAgency,
      });
    }
    const band = groupBand(groupId, input.matrix, input.scores);
    const last = plan.signOffs?.at(-1);
    rows.push({
      groupId,
      group,
      band: band ? `${BAND_WORDS[band.band]} (${band.total})` : 'Not scored',
      lro: plan.lro,
      rag: ragByPillar(plan, day),
      overdueByAgency: countBy(overdue),
      outcomes: outcomesBetween({
        plan,
        orders,
        referrals: input.referrals,
        peopleIds: peopleOf(groupId, plan, input.links),
        from: input.previousMeetingOn,
        to: day,
      }),
      reviewDate: plan.reviewDate ?? 'Not set',
      signedOff: last ? `${last.by}, ${last.on}` : 'Not signed off',
    });
  }
  rows.sort((a, b) => a.group.localeCompare(b.group));
  const marking = highestClassification([
    input.meeting.minimumMarking,
    ...rows.map((r) => byId.get(r.groupId)?.classification ?? 'OFFICIAL'),
  ]);
  return {
    title: `Partnership board pack: ${input.meeting.title}`,
    meetingOn: day,
    chair: input.meeting.chair,
    since: input.previousMeetingOn,
    marking,
    rows,
    overdueByAgency: countBy(overdueAll),
    dueNext: dueNext.sort((a, b) => a.due.localeCompare(b.due) || a.group.localeCompare(b.group)),
    entityIds: rows.map((r) => r.groupId).sort(),
    planIds: groupPlans.map((p) => p.id).sort(),
  };
}
