import * as commands from '../store/commands';
import type { Command, LoadedWorkspace } from '../store';

/**
 * The store's merge commands, mergeEntities(workspaceId, keepId, mergeIds) and
 * unmergeEntities(mergeId), and LoadedWorkspace.merges, which another engineer is adding now.
 * Reached through the module namespace so this screen loads (and says so) before they land;
 * replace with direct imports once they have.
 */
type MergeFn = (
  workspaceId: string,
  keepId: string,
  mergeIds: string[],
) => Command & { id: string };
type UnmergeFn = (mergeId: string) => Command;
const store = commands as unknown as { mergeEntities?: MergeFn; unmergeEntities?: UnmergeFn };

export const NOT_YET =
  'Merging is not available in this version of Linchpin yet. Nothing was changed.';

export function mergeEntitiesCommand(
  workspaceId: string,
  keepId: string,
  mergeIds: string[],
): Command {
  if (!store.mergeEntities) throw new Error(NOT_YET);
  return store.mergeEntities(workspaceId, keepId, mergeIds);
}

export function unmergeEntitiesCommand(mergeId: string): Command {
  if (!store.unmergeEntities) throw new Error(NOT_YET);
  return store.unmergeEntities(mergeId);
}

/** A past merge as this screen lists it. */
export interface PastMerge {
  id: string;
  keepId: string;
  mergedIds: string[];
  at: string;
}

/** Reads the workspace's merges whatever collection shape the store hands out. */
export function pastMerges(loaded: LoadedWorkspace): PastMerge[] {
  const raw = (loaded as unknown as { merges?: unknown }).merges;
  const list: unknown[] = raw instanceof Map ? [...raw.values()] : Array.isArray(raw) ? raw : [];
  return list.flatMap((m) => {
    if (!m || typeof m !== 'object') return [];
    const r = m as Record<string, unknown>;
    const mergedIds = r.mergedIds ?? r.mergeIds;
    if (typeof r.id !== 'string' || typeof r.keepId !== 'string' || !Array.isArray(mergedIds))
      return [];
    const at = typeof r.at === 'string' ? r.at : typeof r.createdAt === 'string' ? r.createdAt : '';
    return [{ id: r.id, keepId: r.keepId, mergedIds: mergedIds.map(String), at }];
  });
}
