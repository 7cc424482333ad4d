import { newId } from '../../../shared/model';
import type { DisruptionPlan } from '../../../shared/plans';
import type { Command } from '../api';
import { createRecordCommand, deleteRecordCommand, updateRecordCommand } from './record-steps';

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
