import { LINK_KINDS, newId } from '../../../shared/model';
import type { NewLink } from '../api';
import { createRecordCommand } from './record-steps';

export function createLink(workspaceId: string, draft: NewLink) {
  const id = draft.id ?? newId('lnk');
  const kind = LINK_KINDS[draft.kind]?.label.toLowerCase() ?? 'link';
  return createRecordCommand('links', `add ${kind} link`, id, workspaceId, (now) => ({
    ...draft,
    id,
    workspaceId,
    createdAt: now,
    updatedAt: now,
  }));
}
