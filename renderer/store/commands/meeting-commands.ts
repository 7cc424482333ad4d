import type { Meeting, PackDisclosure } from '../../../shared/board';
import { newId } from '../../../shared/model';
import type { Command } from '../api';
import { IntegrityError } from '../errors';
import { changedInWords } from './record-changes';
import { createRecordCommand, deleteRecordCommand, requireRecord } from './record-steps';
import { recordEditCommand } from './record-edit';
import { defineCommand } from './types';

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

/** Changes a meeting's date, title, chair or minimum marking; packs already sent stay logged. */
export function updateMeeting(id: string, meeting: Meeting): Command {
  return recordEditCommand(
    'meetings',
    'update board meeting',
    id,
    (r) => ({ ...r, meeting }),
    (r) =>
      `Board meeting ${r.meeting.heldOn}: ${changedInWords(r.meeting, meeting, { heldOn: 'date' })}`,
  );
}

/**
 * Deletes a meeting; undo puts it back. A meeting whose pack has gone out is refused: its
 * disclosure log is the record of what the board was sent (DPA 2018 s.62) and must stay.
 */
export function deleteMeeting(id: string): Command {
  const remove = deleteRecordCommand('meetings', 'delete board meeting', id);
  return defineCommand(remove.label, {
    async apply(ctx) {
      const meeting = await requireRecord(ctx.tx, 'meetings', id);
      if (meeting.exports.length)
        throw new IntegrityError(
          `The meeting of ${meeting.meeting.heldOn} cannot be deleted: its board pack has been sent ${meeting.exports.length === 1 ? 'once' : `${meeting.exports.length} times`}, and the log of what was disclosed must stay. Change its details instead.`,
        );
      return remove.apply(ctx);
    },
    revert: (ctx) => remove.revert(ctx),
  });
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
