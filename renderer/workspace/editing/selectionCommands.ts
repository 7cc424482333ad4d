import type { Classification, LinkKind } from '../../../shared/model';
import type { Command, LoadedWorkspace } from '../../store/api';
import {
  batchCommand,
  deleteEntities,
  deleteLinks,
  updateEntity,
  updateLink,
} from '../../store/commands';
import type { SelectedIds } from '../canvas/ChartController';

/**
 * Deleting entities deletes the links touching them (and undo restores both), so links are only
 * deleted on their own when neither end is going. Either way it is one undo step.
 */
export function deletionCommands(selected: SelectedIds, loaded: LoadedWorkspace): Command[] {
  const entities = selected.entities.filter((id) => loaded.entities.has(id));
  const going = new Set(entities);
  const links = selected.links.filter((id) => {
    const link = loaded.links.get(id);
    return link !== undefined && !going.has(link.source) && !going.has(link.target);
  });
  const parts = [
    ...(entities.length ? [deleteEntities(entities)] : []),
    ...(links.length ? [deleteLinks(links)] : []),
  ];
  return parts.length > 1 ? [batchCommand('delete selection', parts)] : parts;
}

/** Fields a bulk edit may set; an absent field is left as each record has it. */
export interface BulkChange {
  classification?: Classification;
  /** '' clears the review date. */
  reviewDate?: string;
  strength?: number;
  kind?: LinkKind;
}

/** One update per record, run as a single batch: one transaction, one undo step. */
export function bulkCommands(
  selected: SelectedIds,
  loaded: LoadedWorkspace,
  change: BulkChange,
): Command[] {
  const parts = bulkParts(selected, loaded, change);
  if (parts.length <= 1) return parts;
  return [batchCommand(`bulk edit ${parts.length} records`, parts)];
}

function bulkParts(selected: SelectedIds, loaded: LoadedWorkspace, change: BulkChange): Command[] {
  const commands: Command[] = [];
  const common = {
    ...(change.classification ? { classification: change.classification } : {}),
  };
  const review =
    change.reviewDate === undefined
      ? {}
      : { reviewDate: change.reviewDate === '' ? undefined : change.reviewDate };
  const entityPatch = { ...common, ...review };
  if (Object.keys(entityPatch).length > 0) {
    for (const id of selected.entities) {
      if (loaded.entities.has(id)) commands.push(updateEntity(id, entityPatch));
    }
  }
  const linkPatch = {
    ...common,
    ...(change.strength !== undefined ? { strength: change.strength } : {}),
    ...(change.kind ? { kind: change.kind } : {}),
  };
  if (Object.keys(linkPatch).length > 0) {
    for (const id of selected.links) {
      if (loaded.links.has(id)) commands.push(updateLink(id, linkPatch));
    }
  }
  return commands;
}

/** Runs commands one after another, stopping at the first refusal so its message can be shown. */
export async function runAll(
  commands: Command[],
  onCommand: (c: Command) => Promise<void>,
): Promise<void> {
  for (const command of commands) await onCommand(command);
}
