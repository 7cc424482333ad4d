import type { Command } from '../api';
import {
  defineCommand,
  isStoreCommand,
  MANY_RECORDS,
  type CommandContext,
  type Plan,
  type StoreCommand,
} from './types';

/**
 * Several edits as one transaction and one undo step, e.g. a bulk edit of a selection. Each part
 * reads the vault as it was before the batch, so the parts must touch different records; a batch
 * whose parts would write one record twice is refused before anything is written.
 */
export function batchCommand(label: string, parts: readonly Command[]): StoreCommand {
  const steps = parts.map((p) => {
    if (!isStoreCommand(p)) throw new Error(`"${p.label}" cannot be part of a batch.`);
    return p;
  });
  const combine = async (ctx: CommandContext, direction: 'apply' | 'revert'): Promise<Plan> => {
    const ordered = direction === 'apply' ? steps : [...steps].reverse();
    const plans: Plan[] = [];
    for (const step of ordered) plans.push(await step[direction](ctx));
    const seen = new Set<string>();
    for (const w of plans.flatMap((p) => p.writes)) {
      const key = `${w.table}\u0000${'put' in w ? w.put.id : w.remove}`;
      if (seen.has(key))
        throw new Error(`${label}: two parts of this edit change the same record.`);
      seen.add(key);
    }
    return { writes: plans.flatMap((p) => p.writes), audit: plans.flatMap((p) => p.audit) };
  };
  return defineCommand(label, {
    apply: (ctx) => combine(ctx, 'apply'),
    revert: (ctx) => combine(ctx, 'revert'),
    writesMany: () => steps.length >= MANY_RECORDS || steps.some((s) => s.writesMany?.()),
    async prepare() {
      for (const step of steps) await step.prepare?.();
    },
  });
}
