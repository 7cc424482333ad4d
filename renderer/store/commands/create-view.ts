import { newId } from '../../../shared/model';
import type { NewSavedView } from '../api';
import { createRecordCommand } from './record-steps';

/** Saves the current filters, positions and styling of a workspace under a name; undoable. */
export function createView(workspaceId: string, draft: NewSavedView) {
  const id = draft.id ?? newId('view');
  return createRecordCommand(
    'views',
    `save view ${draft.name || ''}`.trim(),
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
