import type { SavedView } from '../../../shared/model';
import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';

export type SavedViewPatch = Partial<Omit<SavedView, 'id' | 'workspaceId' | 'createdAt'>>;

/** Changes a saved view (rename, new positions, other filters); undo puts the old values back. */
export function updateView(id: string, patch: SavedViewPatch): Command {
  return updateRecordCommand('views', 'update saved view', id, patch);
}
