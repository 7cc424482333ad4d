import { newId } from '../../../shared/model';
import type { RegisterEntry } from '../../../shared/registers';
import type { Command } from '../api';
import { createRecordCommand, updateRecordCommand } from './record-steps';

const WHAT = {
  cuckooed_address: 'cuckooed-address register',
  deal_line: 'deal-line register',
} as const;

/** Saves what a register knows about one map entity: a new entry, or a change to its entry. */
export function saveRegisterEntry(
  workspaceId: string,
  entry: RegisterEntry,
  existingId?: string,
): Command {
  if (existingId)
    return updateRecordCommand('registers', `update ${WHAT[entry.kind]}`, existingId, { entry });
  const id = newId('reg');
  return createRecordCommand('registers', `add to ${WHAT[entry.kind]}`, id, workspaceId, (now) => ({
    id,
    workspaceId,
    entry,
    createdAt: now,
    updatedAt: now,
  }));
}
