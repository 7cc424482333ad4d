import type { Entity } from '../../../shared/model';
import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';

export type EntityPatch = Partial<Omit<Entity, 'id' | 'workspaceId' | 'kind' | 'createdAt'>>;

export function updateEntity(id: string, patch: EntityPatch): Command {
  return updateRecordCommand('entities', 'edit entity', id, patch);
}
