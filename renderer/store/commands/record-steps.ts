import type { AuditEvent } from '../../../shared/model';
import { IntegrityError, NotFoundError } from '../errors';
import type { StoreTx } from '../db';
import { validated } from './validate';
import { changedFieldNames } from './changed-fields';
import {
  defineCommand,
  type CommandContext,
  type DataRecords,
  type DataTableName,
  type Plan,
  type StoreCommand,
} from './types';

/** Audit subject and reader-facing noun for each table. */
export const SUBJECT: Record<DataTableName, { subject: string; noun: string }> = {
  workspaces: { subject: 'workspace', noun: 'Workspace' },
  entities: { subject: 'entity', noun: 'Entity' },
  links: { subject: 'link', noun: 'Link' },
  intel: { subject: 'intel', noun: 'Intelligence item' },
  views: { subject: 'view', noun: 'Saved view' },
  plans: { subject: 'plan', noun: 'Disruption plan' },
  tactics: { subject: 'tactic', noun: 'Tactic' },
  scores: { subject: 'score', noun: 'OCG score' },
  matrices: { subject: 'matrix', noun: 'Scoring matrix' },
  profiles: { subject: 'profile', noun: 'Partnership profile' },
  reviews: { subject: 'review', noun: 'Review decision' },
  merges: { subject: 'merge', noun: 'Merge' },
  placements: { subject: 'placement', noun: 'Chart placement' },
  notDuplicates: { subject: 'not-duplicate', noun: '"Not a duplicate" decision' },
  orders: { subject: 'order', noun: 'Order or notice' },
  referrals: { subject: 'safeguarding', noun: 'Safeguarding record' },
  registers: { subject: 'register', noun: 'Register entry' },
  meetings: { subject: 'meeting', noun: 'Board meeting' },
};

export async function requireRecord<T extends DataTableName>(
  tx: StoreTx,
  table: T,
  id: string,
): Promise<DataRecords[T]> {
  const found = await tx.get<DataRecords[T]>(table, id);
  if (!found) throw new NotFoundError(SUBJECT[table].noun, id);
  return found;
}

export function auditFor(
  table: DataTableName,
  action: AuditEvent['action'],
  ids: string[],
  workspaceId: string | undefined,
  detail = '',
): Plan['audit'][number] {
  return { action, subject: SUBJECT[table].subject, targets: ids, workspaceId, detail };
}

/**
 * A command that adds one new record. The record is built once, on first apply, so redo puts back
 * exactly what undo took away.
 */
export function createRecordCommand<T extends Exclude<DataTableName, 'workspaces'>>(
  table: T,
  label: string,
  id: string,
  workspaceId: string,
  build: (now: string) => unknown,
): StoreCommand & { readonly id: string } {
  let record: DataRecords[T] | undefined;
  return defineCommand(
    label,
    {
      async apply({ tx, now }: CommandContext): Promise<Plan> {
        record ??= validated(table, build(now));
        if (await tx.get(table, id))
          throw new IntegrityError(`${SUBJECT[table].noun} ${id} already exists.`);
        return {
          writes: [{ table, put: record } as Plan['writes'][number]],
          audit: [auditFor(table, 'create', [id], workspaceId)],
        };
      },
      async revert({ tx }: CommandContext): Promise<Plan> {
        await requireRecord(tx, table, id);
        return {
          writes: [{ table, remove: id }],
          audit: [auditFor(table, 'delete', [id], workspaceId, 'Undo of create')],
        };
      },
    },
    { id },
  );
}

/** Fields an update may never change: they are the record's identity and history. */
const FIXED = ['id', 'workspaceId', 'createdAt'];

/** A command that changes some fields of one record; undo puts the earlier values back. */
export function updateRecordCommand<T extends DataTableName>(
  table: T,
  label: string,
  id: string,
  patch: Record<string, unknown>,
): StoreCommand {
  // An entity's kind decides its attributes' shape, so it is part of its identity too.
  const fixed = table === 'entities' ? [...FIXED, 'kind'] : FIXED;
  const changed = Object.keys(patch).filter((k) => !fixed.includes(k));
  let previous: DataRecords[T] | undefined;
  const step = async (
    tx: StoreTx,
    now: string,
    values: Record<string, unknown>,
    action: 'apply' | 'revert',
  ) => {
    const current = await requireRecord(tx, table, id);
    if (action === 'apply') previous = current;
    const next = { ...current, ...values, updatedAt: now };
    for (const k of fixed)
      if (k in current)
        (next as Record<string, unknown>)[k] = (current as Record<string, unknown>)[k];
    const record = validated(table, next);
    const workspaceId = 'workspaceId' in record ? record.workspaceId : record.id;
    const fields = changedFieldNames(
      current as Record<string, unknown>,
      record as Record<string, unknown>,
      changed,
    );
    const detail = `${action === 'revert' ? 'Undo: restored' : 'Changed'} ${fields.join(', ') || 'nothing'}`;
    return {
      writes: [{ table, put: record } as Plan['writes'][number]],
      audit: [auditFor(table, 'update', [id], workspaceId, detail)],
    };
  };
  return defineCommand(label, {
    apply: ({ tx, now }) => step(tx, now, pick(patch, changed), 'apply'),
    revert: ({ tx, now }) => {
      if (!previous) throw new Error('This edit cannot be undone because it was never applied.');
      return step(tx, now, pick(previous as Record<string, unknown>, changed), 'revert');
    },
  });
}

/** Copies the named fields, keeping "absent" as an explicit undefined so undo can clear a field. */
function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = source[k];
  return out;
}

/** A command that deletes one record that nothing else points at; undo puts it back. */
export function deleteRecordCommand<T extends Exclude<DataTableName, 'workspaces' | 'entities'>>(
  table: T,
  label: string,
  id: string,
): StoreCommand {
  let taken: DataRecords[T] | undefined;
  return defineCommand(label, {
    async apply({ tx }) {
      taken = await requireRecord(tx, table, id);
      return {
        writes: [{ table, remove: id }],
        audit: [auditFor(table, 'delete', [id], workspaceIdOf(taken))],
      };
    },
    async revert() {
      if (!taken) throw new Error('This deletion cannot be undone because it never happened.');
      return {
        writes: [{ table, put: taken } as Plan['writes'][number]],
        audit: [auditFor(table, 'restore', [id], workspaceIdOf(taken), 'Undo of delete')],
      };
    },
  });
}

function workspaceIdOf(record: object): string | undefined {
  return (record as { workspaceId?: string }).workspaceId;
}
