import { isOpenStatus, PILLAR_IDS, type DisruptionPlan, type Pillar } from '../plans';

export const RAG = { red: 'Red', amber: 'Amber', green: 'Green', none: 'No actions' } as const;
export type Rag = keyof typeof RAG;

/** How each RAG is decided, printed under the table so the board can check it. */
export const RAG_RULE =
  'Red: an action in the pillar is overdue. Amber: actions are open and none is overdue. Green: every action is done or dropped. No actions: nothing planned under the pillar.';

/** RAG status of each pillar of a plan on `day`. */
export function ragByPillar(plan: DisruptionPlan, day: string): Record<Pillar, Rag> {
  const out = {} as Record<Pillar, Rag>;
  for (const pillar of PILLAR_IDS) {
    const actions = plan.actions.filter((a) => a.pillar === pillar);
    const open = actions.filter((a) => isOpenStatus(a.status));
    out[pillar] =
      actions.length === 0
        ? 'none'
        : open.some((a) => a.dueDate < day)
          ? 'red'
          : open.length > 0
            ? 'amber'
            : 'green';
  }
  return out;
}
