import type { Entity, IntelItem, Link } from '../model';
import type { DisruptionPlan } from '../plans';
import type { Order } from '../orders';
import type { SafeguardingRecord } from '../referrals';
import type { Recipient } from './recipient';
import type { RedactionTally } from './redactionRecord';

/** Values of one network measure from analysis, keyed by entity id. */
export interface MeasureInput {
  id: string;
  label: string;
  meaning?: string;
  values: Readonly<Record<string, number>>;
}

/** Everything a section builder may read: only records already cleared for the recipient. */
export interface ProfileContext {
  subject: Entity;
  entities: ReadonlyMap<string, Entity>;
  links: readonly Link[];
  intel: ReadonlyMap<string, IntelItem>;
  recipient: Recipient;
  date: string;
  /** The subject, plus the members of a group subject. */
  focusIds: ReadonlySet<string>;
  /** Links with an end in the focus. */
  focusLinks: readonly Link[];
  measures: readonly MeasureInput[];
  plan: DisruptionPlan | undefined;
  /** Orders and notices, and safeguarding records, of the workspace (sections filter them). */
  orders: readonly (Order & { id: string })[];
  safeguardingRecords: readonly SafeguardingRecord[];
  networkHops: number;
  tally: RedactionTally;
}

/** Nominals who belong to a group: a member_of link to it, or a controls link over it. */
export function groupMemberIds(
  groupId: string,
  entities: ReadonlyMap<string, Entity>,
  links: readonly Link[],
): string[] {
  const ids = new Set<string>();
  for (const l of links) {
    if (
      (l.kind === 'member_of' || l.kind === 'controls') &&
      l.target === groupId &&
      entities.get(l.source)?.kind === 'nominal'
    ) {
      ids.add(l.source);
    }
  }
  return [...ids];
}

/** Records within `hops` steps of `startId`, over the given links. */
export function withinHops(startId: string, links: readonly Link[], hops: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  for (const l of links) {
    adjacent.set(l.source, [...(adjacent.get(l.source) ?? []), l.target]);
    adjacent.set(l.target, [...(adjacent.get(l.target) ?? []), l.source]);
  }
  const seen = new Set([startId]);
  let frontier = [startId];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacent.get(id) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export function otherEnd(link: Link, id: string): string {
  return link.source === id ? link.target : link.source;
}
