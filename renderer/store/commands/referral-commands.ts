import { newId } from '../../../shared/model';
import { SAFEGUARDING_KINDS, type SafeguardingRecord } from '../../../shared/referrals';
import type { Command } from '../api';
import { createRecordCommand, deleteRecordCommand, updateRecordCommand } from './record-steps';

/** Records a referral, strategy discussion, CAWN or missing episode on a person; undoable. */
export function createSafeguardingRecord(workspaceId: string, record: SafeguardingRecord) {
  const id = newId('sgr');
  return createRecordCommand(
    'referrals',
    `record ${SAFEGUARDING_KINDS[record.kind]}`,
    id,
    workspaceId,
    (now) => ({
      id,
      workspaceId,
      record,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

export function updateSafeguardingRecord(id: string, record: SafeguardingRecord): Command {
  return updateRecordCommand('referrals', `update ${SAFEGUARDING_KINDS[record.kind]}`, id, {
    record,
  });
}

export function deleteSafeguardingRecord(id: string): Command {
  return deleteRecordCommand('referrals', 'delete safeguarding record', id);
}
