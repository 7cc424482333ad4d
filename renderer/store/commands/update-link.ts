import type { Link } from '../../../shared/model';
import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';

export type LinkPatch = Partial<Omit<Link, 'id' | 'workspaceId' | 'createdAt'>>;

/** Changing an end is allowed; the integrity check then requires the new end to exist. */
export function updateLink(id: string, patch: LinkPatch): Command {
  return updateRecordCommand('links', 'edit link', id, patch);
}
