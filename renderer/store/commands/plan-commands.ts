import { newId } from '../../../shared/model';
import { signOffPlan, type DisruptionPlan } from '../../../shared/plans';
import type { Command } from '../api';
import { createRecordCommand, deleteRecordCommand, updateRecordCommand } from './record-steps';
import { recordEditCommand } from './record-edit';

export type NewPlan = Omit<DisruptionPlan, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>;
export type PlanPatch = Partial<NewPlan>;

/** Opens a 4P disruption plan for a group, nominal or location; undoable. */
export function createPlan(workspaceId: string, draft: NewPlan) {
  const id = newId('pln');
  return createRecordCommand('plans', 'create disruption plan', id, workspaceId, (now) => ({
    ...draft,
    id,
    workspaceId,
    createdAt: now,
    updatedAt: now,
  }));
}

/** Changes a plan (its LRO, aims or actions); the whole plan is re-checked against its schema. */
export function updatePlan(id: string, patch: PlanPatch): Command {
  return updateRecordCommand('plans', 'update disruption plan', id, patch);
}

export function deletePlan(id: string): Command {
  return deleteRecordCommand('plans', 'delete disruption plan', id);
}

/** The LRO signs the plan off at a review, and sets the next review date; undoable. */
export function signOffPlanCommand(
  id: string,
  input: { by: string; on: string; note?: string; nextReview?: string },
  today: string,
): Command {
  return recordEditCommand(
    'plans',
    'sign off disruption plan',
    id,
    (plan) => {
      if (input.nextReview !== undefined && input.nextReview <= input.on)
        throw new Error('The next review must come after the sign-off.');
      const signed = signOffPlan(plan, input, today);
      return input.nextReview ? { ...signed, reviewDate: input.nextReview } : signed;
    },
    () =>
      `Signed off by ${input.by} on ${input.on}${input.nextReview ? `; next review ${input.nextReview}` : ''}`,
  );
}
