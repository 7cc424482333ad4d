import { newId } from '../../../shared/model';
import type { NewEntity } from '../api';
import { createRecordCommand } from './record-steps';

export function createEntity(workspaceId: string, draft: NewEntity) {
  const id = draft.id ?? newId('ent');
  return createRecordCommand(
    'entities',
    `add ${draft.label || 'entity'}`,
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
