import { ENTITY_KIND_IDS, LINK_KIND_IDS } from '../../../shared/model';
import type { EntityKind, LinkKind } from '../../../shared/model';
import type { LoadedWorkspace } from '../../store/api';

export interface KindsInUse {
  /** Kinds present in the workspace, in the model's order, each with how many records have it. */
  entityKinds: { kind: EntityKind; count: number }[];
  linkKinds: { kind: LinkKind; count: number }[];
}

function countBy<K extends string>(
  order: readonly K[],
  kinds: Iterable<K>,
): { kind: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return order.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

function* kindsOf<K>(records: ReadonlyMap<string, { kind: K }>): Iterable<K> {
  for (const record of records.values()) yield record.kind;
}

/** Only kinds in use get a checkbox: seventeen link kinds would bury the two that matter. */
export function kindsInUse(loaded: Pick<LoadedWorkspace, 'entities' | 'links'>): KindsInUse {
  return {
    entityKinds: countBy(ENTITY_KIND_IDS, kindsOf(loaded.entities)),
    linkKinds: countBy(LINK_KIND_IDS, kindsOf(loaded.links)),
  };
}

/**
 * The kind list after ticking or unticking one kind. `null` stands for "every kind"; ticking the
 * last unticked kind in use returns to `null`, so kinds added later are not hidden by accident.
 */
export function toggleKind<K extends string>(
  current: readonly K[] | null,
  kind: K,
  inUse: readonly K[],
): K[] | null {
  const ticked = new Set<K>(current ?? inUse);
  if (ticked.has(kind)) ticked.delete(kind);
  else ticked.add(kind);
  const everyKindTicked = inUse.every((k) => ticked.has(k));
  return everyKindTicked ? null : inUse.filter((k) => ticked.has(k));
}

export function isTicked<K extends string>(current: readonly K[] | null, kind: K): boolean {
  return current === null || current.includes(kind);
}
