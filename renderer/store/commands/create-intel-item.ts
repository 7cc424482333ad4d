import { newId } from '../../../shared/model';
import type { NewIntelItem } from '../api';
import { createRecordCommand } from './record-steps';

export function createIntelItem(workspaceId: string, draft: NewIntelItem) {
  const id = draft.id ?? newId('int');
  return createRecordCommand(
    'intel',
    `add intelligence ${draft.reference || 'item'}`,
    id,
    workspaceId,
    (now) => ({
      ...draft,
      id,
      workspaceId,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
