import { newId } from '../../../shared/model';
import { SAFEGUARDING_KINDS, type SafeguardingRecord } from '../../../shared/referrals';
import type { Command } from '../api';
import { ValidationError } from '../errors';
import { changedInWords } from './record-changes';
import { recordEditCommand } from './record-edit';
import { createRecordCommand, deleteRecordCommand } from './record-steps';

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

/**
 * Changes a safeguarding record (a decision come in, a return home interview held); its kind
 * stays. The audit event names the fields changed; undo puts the earlier record back.
 */
export function updateSafeguardingRecord(id: string, record: SafeguardingRecord): Command {
  return recordEditCommand(
    'referrals',
    `update ${SAFEGUARDING_KINDS[record.kind]}`,
    id,
    (current) => {
      if (current.record.kind !== record.kind)
        throw new ValidationError(
          'The safeguarding record',
          `A ${SAFEGUARDING_KINDS[current.record.kind]} cannot become a ${SAFEGUARDING_KINDS[record.kind]}; record the new one on its own.`,
        );
      return { ...current, record };
    },
    (current) => `${SAFEGUARDING_KINDS[record.kind]}: ${changedInWords(current.record, record)}`,
  );
}

export function deleteSafeguardingRecord(id: string): Command {
  return deleteRecordCommand('referrals', 'delete safeguarding record', id);
}
