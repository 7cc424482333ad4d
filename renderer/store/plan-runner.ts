import type { Sha256Hex } from '../../shared/crypto';
import { appendAudit } from './audit-append';
import { checkIntegrity } from './commands/integrity';
import type { CommandContext, DataTableName, Plan } from './commands/types';
import type { StoreTx, VaultDatabase } from './db';

export interface WriteContext {
  db: VaultDatabase;
  sha256: Sha256Hex;
  actor: () => string;
  now: () => string;
  /** Seals a large plan's records off the UI thread before its transaction (presealing.ts). */
  preseal?: (plan: Plan) => Promise<void>;
}

/**
 * Runs one command step as ONE transaction: build the plan from what is stored, check it leaves
 * nothing dangling, write it, and chain its audit events. An error anywhere rolls all of it back.
 * For a step that writes many records, with `preseal`, the step is first built in a read-only transaction so that a large plan's
 * records can be sealed in workers; the write transaction then builds it again (commands hand
 * back the same record objects) and still does every check itself.
 */
export async function runStep(
  ctx: WriteContext,
  step: (c: CommandContext) => Promise<Plan>,
  writesMany = false,
): Promise<Plan> {
  const now = ctx.now();
  if (writesMany && ctx.preseal) {
    const draft = await ctx.db.read((tx) => step({ tx, now }));
    await ctx.preseal(draft);
  }
  return ctx.db.write(async (tx) => {
    const plan = await step({ tx, now });
    await checkIntegrity(tx, plan);
    await writePlan(tx, plan);
    await appendAudit(tx, plan.audit, { actor: ctx.actor(), at: now }, ctx.sha256);
    return plan;
  });
}

async function writePlan(tx: StoreTx, plan: Plan): Promise<void> {
  const removes = new Map<DataTableName, string[]>();
  const puts = new Map<DataTableName, object[]>();
  const add = <T>(map: Map<DataTableName, T[]>, table: DataTableName, item: T) => {
    const list = map.get(table);
    if (list) list.push(item);
    else map.set(table, [item]);
  };
  for (const w of plan.writes) {
    if ('put' in w) add(puts, w.table, w.put);
    else add(removes, w.table, w.remove);
  }
  for (const [table, ids] of removes) await tx.remove(table, ids);
  for (const [table, rows] of puts) await tx.put(table, rows);
}
