import { isOpenStatus, PILLAR_IDS, type Pillar } from './pillars';
import type { DisruptionPlan, PlanAction } from './schema';

/** Open actions whose due date has passed, most overdue first. Due today is not overdue. */
export function overdueActions(plan: DisruptionPlan, today: string): PlanAction[] {
  return plan.actions
    .filter((a) => isOpenStatus(a.status) && a.dueDate < today)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

export function isOverdue(action: PlanAction, today: string): boolean {
  return isOpenStatus(action.status) && action.dueDate < today;
}

export interface PillarProgress {
  pillar: Pillar;
  total: number;
  planned: number;
  inProgress: number;
  done: number;
  dropped: number;
  overdue: number;
  /** Done as a share of actions not dropped, 0-100; null when nothing is left to count. */
  percentDone: number | null;
}

export function progressByPillar(plan: DisruptionPlan, today: string): PillarProgress[] {
  return PILLAR_IDS.map((pillar) => {
    const actions = plan.actions.filter((a) => a.pillar === pillar);
    const count = (status: PlanAction['status']) =>
      actions.filter((a) => a.status === status).length;
    const done = count('done');
    const dropped = count('dropped');
    const live = actions.length - dropped;
    return {
      pillar,
      total: actions.length,
      planned: count('planned'),
      inProgress: count('in_progress'),
      done,
      dropped,
      overdue: actions.filter((a) => isOverdue(a, today)).length,
      percentDone: live === 0 ? null : Math.round((done / live) * 100),
    };
  });
}
