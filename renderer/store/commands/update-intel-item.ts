import type { IntelItem } from '../../../shared/model';
import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';

export type IntelItemPatch = Partial<Omit<IntelItem, 'id' | 'workspaceId' | 'createdAt'>>;

export function updateIntelItem(id: string, patch: IntelItemPatch): Command {
  return updateRecordCommand('intel', 'edit intelligence item', id, patch);
}
