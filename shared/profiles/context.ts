import type { Entity, EntityOf, IntelItem, Link } from '../model';
import type { DisruptionPlan } from '../plans';
import { rolesFor, vulnerabilityIndicators, type RoleAudience } from '../safeguarding';
import type { StoredOrder, StoredSafeguarding } from './redactCasework';
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
  /** Orders and notices, and safeguarding records, as redacted for this recipient. */
  orders: readonly StoredOrder[];
  safeguardingRecords: readonly StoredSafeguarding[];
  networkHops: number;
  tally: RedactionTally;
  /** Children flagged as exploited, judged on the unredacted records: victims to everyone. */
  exploitedChildIds: ReadonlySet<string>;
  audience: RoleAudience;
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

/** The focus and everything one link from it: whose orders and safeguarding records a profile shows. */
export function nearFocus(focusIds: ReadonlySet<string>, links: readonly Link[]): Set<string> {
  const near = new Set(focusIds);
  for (const l of links) {
    if (focusIds.has(l.source)) near.add(l.target);
    if (focusIds.has(l.target)) near.add(l.source);
  }
  return near;
}

/** Ids of the people, places and lines an order binds or a safeguarding record names. */
export function namedIds(r: StoredOrder | StoredSafeguarding): string[] {
  if ('boundIds' in r) return r.boundIds;
  if (r.kind === 'cawn') return [r.personId, r.servedOnId];
  return [r.personId];
}

/**
 * What a profile is about, on the unredacted records: the subject, its members if it is a group,
 * everything within the chart's reach of them, the links among those and the intelligence they
 * rest on. Withheld records outside this scope are not counted in the redaction record: a partner
 * must not learn the size of police holdings from a profile about one address.
 */
export function profileScope(
  records: {
    entities: readonly Entity[];
    links: readonly Link[];
    orders?: readonly StoredOrder[];
    safeguardingRecords?: readonly StoredSafeguarding[];
  },
  subject: Entity,
  hops: number,
): { entityIds: Set<string>; linkIds: Set<string>; intelIds: Set<string>; recordIds: Set<string> } {
  const byId = new Map(records.entities.map((e) => [e.id, e]));
  const isGroup = subject.kind === 'ocg' || subject.kind === 'usg';
  const focus = [subject.id, ...(isGroup ? groupMemberIds(subject.id, byId, records.links) : [])];
  // Casework is shown for the focus and one link out (sections/orders.ts, referrals.ts).
  const near = nearFocus(new Set(focus), records.links);
  const recordIds = new Set(
    [...(records.orders ?? []), ...(records.safeguardingRecords ?? [])]
      .filter((r) => namedIds(r).some((id) => near.has(id)))
      .map((r) => r.id),
  );
  const entityIds = new Set<string>();
  for (const id of focus) for (const n of withinHops(id, records.links, hops)) entityIds.add(n);
  const linkIds = new Set<string>();
  const intelIds = new Set<string>();
  for (const l of records.links) {
    if (!entityIds.has(l.source) || !entityIds.has(l.target)) continue;
    linkIds.add(l.id);
    l.provenance.forEach((p) => intelIds.add(p));
  }
  for (const id of entityIds) byId.get(id)?.provenance.forEach((p) => intelIds.add(p));
  return { entityIds, linkIds, intelIds, recordIds };
}

/** A person's roles as this recipient may read them: an exploited child is a victim first. */
export function rolesIn(ctx: ProfileContext, person: EntityOf<'nominal'>): string {
  const context = vulnerabilityIndicators(person, ctx.date).map((i) => i.text);
  return rolesFor(person, {
    exploitedChild: ctx.exploitedChildIds.has(person.id),
    audience: ctx.audience,
    context,
  });
}
