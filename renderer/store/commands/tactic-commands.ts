import { newId } from '../../../shared/model';
import type { Tactic } from '../../../shared/plans';
import type { Command } from '../api';
import { createRecordCommand, deleteRecordCommand } from './record-steps';

/** Adds a partner power or tactic to this workspace's catalogue; undoable. */
export function addTactic(workspaceId: string, tactic: Tactic) {
  const id = newId('tac');
  return createRecordCommand('tactics', `add tactic ${tactic.label}`, id, workspaceId, (now) => ({
    id,
    workspaceId,
    tactic,
    createdAt: now,
    updatedAt: now,
  }));
}

export function deleteTactic(id: string): Command {
  return deleteRecordCommand('tactics', 'delete tactic', id);
}
