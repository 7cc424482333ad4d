import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';

export function renameWorkspace(id: string, name: string): Command {
  return updateRecordCommand('workspaces', 'rename workspace', id, { name });
}
