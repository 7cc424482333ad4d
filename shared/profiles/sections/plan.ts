import {
  ACTION_STATUSES,
  findTactic,
  isOverdue,
  PILLAR_IDS,
  PILLARS,
  progressByPillar,
  type DisruptionPlan,
} from '../../plans';
import type { ProfileContext } from '../context';
import type { PlanBody } from '../profileTypes';

/**
 * The plan as this recipient may see it: an action aimed at any withheld record is withheld
 * whole (its tactic alone would say something about the target), and progress counts only what
 * is shown.
 */
export function planSection(ctx: ProfileContext): { plan: PlanBody | null; notice: string } {
  const plan = ctx.plan;
  if (!plan || !plan.subjectIds.includes(ctx.subject.id)) {
    return { plan: null, notice: 'No disruption plan has been recorded for this subject.' };
  }
  const shown = plan.actions.filter((a) => {
    const visible = a.targetIds.every((id) => ctx.entities.has(id));
    if (!visible) ctx.tally.add('plan_action', 'linked');
    return visible;
  });
  const visiblePlan: DisruptionPlan = { ...plan, actions: shown };
  const actions = [...shown]
    .sort(
      (a, b) =>
        PILLAR_IDS.indexOf(a.pillar) - PILLAR_IDS.indexOf(b.pillar) ||
        a.dueDate.localeCompare(b.dueDate),
    )
    .map((a) => ({
      pillar: a.pillar,
      pillarLabel: PILLARS[a.pillar].label,
      tactic: findTactic(a.tacticId, plan.customTactics)?.label ?? 'Tactic not in the catalogue',
      leadAgency: a.leadAgency,
      targets: a.targetIds.map((id) => ctx.entities.get(id)?.label ?? '').filter(Boolean),
      owner: a.owner,
      dueDate: a.dueDate,
      status: ACTION_STATUSES[a.status],
      outcome: a.outcome,
      overdue: isOverdue(a, ctx.date),
    }));
  return {
    plan: {
      lro: plan.lro,
      aims: plan.aims,
      actions,
      progress: progressByPillar(visiblePlan, ctx.date),
    },
    notice: '',
  };
}
