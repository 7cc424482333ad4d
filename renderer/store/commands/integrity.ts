import type { Link } from '../../../shared/model';
import {
  describeReferrers,
  entityRefs,
  REFERRING_TABLES,
  type Referrer,
} from '../../../shared/references';
import { IntegrityError } from '../errors';
import { WORKSPACE_TABLES, type StoreTx } from '../db';
import { SUBJECT } from './record-steps';
import { referrerKey, referrersIn } from './referring-records';
import type { DataTableName, Plan } from './types';

/**
 * Checks, inside the transaction, that the plan leaves no record pointing at nothing: links need
 * both ends in their own workspace, records need their workspace, orders, safeguarding records
 * and register entries need the entities they name, and an entity or workspace can only go if
 * everything that hangs on it goes with it (or, for casework, is re-pointed in the same plan).
 */
export async function checkIntegrity(tx: StoreTx, plan: Plan): Promise<void> {
  const puts = new Map<string, { table: DataTableName; workspaceId: string }>();
  const removed = new Set<string>();
  for (const w of plan.writes) {
    if ('put' in w)
      puts.set(key(w.table, w.put.id), { table: w.table, workspaceId: workspaceOf(w.put) });
    else removed.add(key(w.table, w.remove));
  }

  const looked = new Map<string, string | undefined>();
  const exists = async (table: DataTableName, id: string): Promise<string | undefined> => {
    const k = key(table, id);
    const planned = puts.get(k);
    if (planned) return planned.workspaceId;
    if (removed.has(k)) return undefined;
    if (!looked.has(k)) {
      const stored = await tx.get<{ id: string; workspaceId?: string }>(table, id);
      looked.set(k, stored ? workspaceOf(stored) : undefined);
    }
    return looked.get(k);
  };

  for (const w of plan.writes) {
    if (!('put' in w)) continue;
    if (w.table !== 'workspaces' && (await exists('workspaces', w.put.workspaceId)) === undefined) {
      throw new IntegrityError(
        `The workspace ${w.put.workspaceId} no longer exists, so nothing can be added to it.`,
      );
    }
    if (w.table === 'links') await checkLinkEnds(w.put, exists);
    if (isReferring(w.table))
      await checkReferences({ table: w.table, record: w.put } as Referrer, exists);
  }
  const moved = movedLinks(plan);
  for (const w of plan.writes) {
    if ('put' in w) continue;
    if (w.table === 'entities') await checkNoLinksLeft(tx, w.remove, removed, moved);
    if (w.table === 'workspaces') await checkWorkspaceEmptied(tx, w.remove, removed);
  }
  await checkNoReferencesLeft(tx, plan, removed);
}

function isReferring(table: DataTableName): table is Referrer['table'] {
  return (REFERRING_TABLES as readonly string[]).includes(table);
}

async function checkReferences(
  r: Referrer,
  exists: (t: DataTableName, id: string) => Promise<string | undefined>,
) {
  for (const id of entityRefs(r)) {
    if ((await exists('entities', id)) !== r.record.workspaceId) {
      throw new IntegrityError(
        `${SUBJECT[r.table].noun} ${r.record.id} cannot be saved: it names ${id}, which is not on the map of this workspace. Choose the people, places and lines from the map.`,
      );
    }
  }
}

/**
 * No order, safeguarding record or register entry may be left naming an entity this plan
 * removes. The workspace's casework is read once per workspace touched, with the plan's own
 * writes laid over it; a workspace deleted whole is checked by checkWorkspaceEmptied instead.
 */
async function checkNoReferencesLeft(tx: StoreTx, plan: Plan, removed: Set<string>) {
  const gone = new Map<string, Set<string>>();
  for (const w of plan.writes) {
    if ('put' in w || w.table !== 'entities') continue;
    const stored = await tx.get<{ workspaceId: string }>('entities', w.remove);
    if (!stored || removed.has(key('workspaces', stored.workspaceId))) continue;
    const ids = gone.get(stored.workspaceId) ?? new Set<string>();
    ids.add(w.remove);
    gone.set(stored.workspaceId, ids);
  }
  for (const [workspaceId, ids] of gone) {
    const after = new Map((await referrersIn(tx, workspaceId)).map((r) => [referrerKey(r), r]));
    for (const w of plan.writes) {
      if (!isReferring(w.table)) continue;
      if ('put' in w)
        after.set(key(w.table, w.put.id), { table: w.table, record: w.put } as Referrer);
      else after.delete(key(w.table, w.remove));
    }
    const left = [...after.values()].filter((r) => entityRefs(r).some((id) => ids.has(id)));
    if (left.length)
      throw new IntegrityError(
        `This edit would leave ${describeReferrers(left)} naming a record it removes. End or delete those first, or merge instead.`,
      );
  }
}

async function checkLinkEnds(
  link: Link,
  exists: (t: DataTableName, id: string) => Promise<string | undefined>,
) {
  for (const [end, id] of [
    ['from', link.source],
    ['to', link.target],
  ] as const) {
    if ((await exists('entities', id)) !== link.workspaceId) {
      throw new IntegrityError(
        `The link ${end} ${id} cannot be saved because that entity does not exist in this workspace. Add the entity first.`,
      );
    }
  }
}

/** Links this plan rewrites, by id: a merge moves links off an entity before removing it. */
function movedLinks(plan: Plan): Map<string, Link> {
  const out = new Map<string, Link>();
  for (const w of plan.writes) if ('put' in w && w.table === 'links') out.set(w.put.id, w.put);
  return out;
}

async function checkNoLinksLeft(
  tx: StoreTx,
  entityId: string,
  removed: Set<string>,
  moved: Map<string, Link>,
) {
  const ids = [
    ...(await tx.keysWhere('links', 'source', entityId)),
    ...(await tx.keysWhere('links', 'target', entityId)),
  ];
  const stays = (id: string) => {
    if (removed.has(key('links', id))) return false;
    const next = moved.get(id);
    return !next || next.source === entityId || next.target === entityId;
  };
  if (ids.some(stays)) {
    throw new IntegrityError(`Entity ${entityId} still has links; delete them with it.`);
  }
}

async function checkWorkspaceEmptied(tx: StoreTx, workspaceId: string, removed: Set<string>) {
  for (const table of WORKSPACE_TABLES) {
    const ids = await tx.keysWhere(table, 'workspaceId', workspaceId);
    if (ids.some((id) => !removed.has(key(table, id)))) {
      throw new IntegrityError(
        `Workspace ${workspaceId} still holds records; delete them with it.`,
      );
    }
  }
}

function key(table: string, id: string): string {
  return `${table}\u0000${id}`;
}

function workspaceOf(record: { id: string; workspaceId?: string }): string {
  return record.workspaceId ?? record.id;
}
