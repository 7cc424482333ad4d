import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';
import { atVaultLevel } from './types';

export function renameWorkspace(id: string, name: string): Command {
  return atVaultLevel(updateRecordCommand('workspaces', 'rename workspace', id, { name }));
}
