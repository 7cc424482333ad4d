import type { Link } from '../../../shared/model';
import type { StoreTx } from '../db';

/** Every link with one end among the given entities, each once. */
export async function linksTouching(tx: StoreTx, entityIds: readonly string[]): Promise<Link[]> {
  const found = new Map<string, Link>();
  for (const id of entityIds) {
    for (const end of ['source', 'target'] as const) {
      for (const link of await tx.where<Link>('links', end, id)) found.set(link.id, link);
    }
  }
  return [...found.values()];
}
