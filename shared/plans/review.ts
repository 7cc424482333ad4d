import { planSignOffSchema, type DisruptionPlan, type PlanSignOff } from './schema';

/** The plan with one more sign-off; only the plan's LRO signs it off, never in the future. */
export function signOffPlan(
  plan: DisruptionPlan,
  input: { by: string; on: string; note?: string },
  today: string,
): DisruptionPlan {
  const signOff: PlanSignOff = planSignOffSchema.parse({ note: '', ...input });
  if (signOff.by.trim().toLowerCase() !== plan.lro.trim().toLowerCase())
    throw new Error(`Only the plan's Lead Responsible Officer (${plan.lro}) can sign it off.`);
  if (signOff.on > today) throw new Error('A sign-off cannot be dated in the future.');
  const last = plan.signOffs?.at(-1);
  if (last && signOff.on < last.on)
    throw new Error(
      `The plan was last signed off on ${last.on}; a new sign-off cannot be earlier.`,
    );
  return { ...plan, signOffs: [...(plan.signOffs ?? []), signOff] };
}

export interface PlanReviewState {
  lastSignOff: PlanSignOff | undefined;
  reviewDate: string | undefined;
  /** True when the review date has come, or the plan has never been signed off. */
  due: boolean;
}

export function planReviewState(plan: DisruptionPlan, today: string): PlanReviewState {
  const lastSignOff = plan.signOffs?.at(-1);
  const due = !lastSignOff || (plan.reviewDate !== undefined && plan.reviewDate <= today);
  return { lastSignOff, reviewDate: plan.reviewDate, due };
}
