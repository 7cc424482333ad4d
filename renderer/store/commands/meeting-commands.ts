import type { Meeting, PackDisclosure } from '../../../shared/board';
import { newId } from '../../../shared/model';
import type { Command } from '../api';
import { createRecordCommand, deleteRecordCommand, updateRecordCommand } from './record-steps';
import { recordEditCommand } from './record-edit';

export function createMeeting(workspaceId: string, meeting: Meeting) {
  const id = newId('mtg');
  return createRecordCommand('meetings', 'add board meeting', id, workspaceId, (now) => ({
    id,
    workspaceId,
    meeting,
    exports: [],
    createdAt: now,
    updatedAt: now,
  }));
}

export function updateMeeting(id: string, meeting: Meeting): Command {
  return updateRecordCommand('meetings', 'update board meeting', id, { meeting });
}

export function deleteMeeting(id: string): Command {
  return deleteRecordCommand('meetings', 'delete board meeting', id);
}

/**
 * Logs one export of a board pack as a disclosure (DPA 2018 s.62): the meeting keeps the entry
 * and the audit log names the groups and plans summarised. Undo removes it from the meeting's
 * list; the audit log keeps both events, since a disclosure cannot be taken back.
 */
export function recordBoardPackExport(id: string, entry: PackDisclosure): Command {
  return recordEditCommand(
    'meetings',
    'record board pack export',
    id,
    (r) => ({ ...r, exports: [...r.exports, entry] }),
    (r) =>
      `Board pack for ${r.meeting.heldOn} exported as ${entry.format.toUpperCase()} at ${entry.marking} to the partnership board: ${entry.entityIds.length} groups, ${entry.planIds.length} plans summarised`,
    'disclose',
    [...entry.entityIds, ...entry.planIds],
  );
}
