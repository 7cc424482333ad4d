import type { AuditEntry } from '../../../shared/audit';
import type { StoreTx } from '../db';
import {
  defineCommand,
  type CommandContext,
  type Plan,
  type StoreCommand,
  type Write,
} from './types';

/**
 * A command whose undo is worked out from its own writes: before applying, it reads the present
 * version of every record it will touch, and undo puts exactly those back (or removes what it
 * added). Suits edits that touch many tables at once, such as merge and un-merge.
 */
export function reversibleCommand<T extends object>(
  label: string,
  build: (ctx: CommandContext) => Promise<Plan>,
  undoAudit: () => AuditEntry[],
  extra?: T,
): StoreCommand & T {
  let inverse: Write[] | undefined;
  return defineCommand(
    label,
    {
      async apply(ctx) {
        const plan = await build(ctx);
        inverse = await inverseOf(ctx.tx, plan.writes);
        return plan;
      },
      async revert() {
        if (!inverse) throw new Error('This edit cannot be undone because it was never applied.');
        return { writes: inverse, audit: undoAudit() };
      },
    },
    extra,
  );
}

async function inverseOf(tx: StoreTx, writes: readonly Write[]): Promise<Write[]> {
  const out: Write[] = [];
  const seen = new Set<string>();
  for (const w of writes) {
    const id = 'put' in w ? w.put.id : w.remove;
    const key = `${w.table}\u0000${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const prior = await tx.get<{ id: string }>(w.table, id);
    out.push(prior ? ({ table: w.table, put: prior } as Write) : { table: w.table, remove: id });
  }
  return out.reverse();
}
