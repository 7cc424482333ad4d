/**
 * The disclosure rules applied to the partnership's casework: orders and notices, and
 * safeguarding records. Called by redact.ts after the map's own records, so it knows which
 * people, places and lines the recipient may see; read nowhere else.
 */
import { isChildOn, type Entity } from '../model';
import type { Order } from '../orders';
import type { OrderStatus } from '../plans';
import { recordDate, type SafeguardingRecord } from '../referrals';
import type { WithholdReason } from './handling';
import type { RedactionTally, WithheldKind } from './redactionRecord';
import {
  fieldAllowed,
  kindRule,
  recordAllowed,
  type EffectivePolicy,
  type KindRule,
} from './rules';

export type StoredOrder = Order & { id: string };
export type StoredSafeguarding = SafeguardingRecord & { id: string };

export interface CaseworkInput {
  orders: readonly StoredOrder[];
  safeguardingRecords: readonly StoredSafeguarding[];
}

export interface CaseworkContext {
  policy: EffectivePolicy;
  /** All entities, unredacted: ages are judged on what is recorded, not on what may be shown. */
  allEntities: ReadonlyMap<string, Entity>;
  keptEntities: ReadonlySet<string>;
  keptIntel: ReadonlySet<string>;
  notesAllowed: boolean;
  /** False when the author keeps safeguarding details back from this recipient altogether. */
  safeguardingDetails: boolean;
  /** The day of the profile, for the age of the people an order binds. */
  date: string | undefined;
  counted: (id: string) => boolean;
  tally: RedactionTally;
}

const PENDING: ReadonlySet<OrderStatus> = new Set(['draft', 'applied']);
/** Fields that say what the record is and whom it concerns: never stripped on their own. */
const IDENTITY = new Set(['id', 'kind', 'personId', 'powerId', 'boundIds', 'status']);

/** A person's age class on a day: true a child, false an adult, null not recorded. */
function childOn(entity: Entity | undefined, day: string | undefined): boolean | null {
  if (entity?.kind !== 'nominal' || !entity.attrs.dateOfBirth || !day) return null;
  return isChildOn(entity.attrs.dateOfBirth, day);
}

/** Strips the fields the rule does not let through; notes follow the class's notes policy. */
function stripFields<T extends object>(
  record: T,
  rule: KindRule,
  ctx: CaseworkContext,
  count: (kind: WithheldKind) => void,
): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  let stripped = false;
  for (const [field, value] of Object.entries(record)) {
    if (IDENTITY.has(field) || value === undefined || value === '') continue;
    if (field === 'notes') {
      if (!ctx.notesAllowed || !fieldAllowed(rule, field)) {
        out.notes = '';
        count('analyst_notes');
      }
    } else if (!fieldAllowed(rule, field)) {
      delete out[field];
      stripped = true;
    }
  }
  if (stripped) count('record_details');
  return out as T;
}

export function redactOrders(orders: readonly StoredOrder[], ctx: CaseworkContext): StoredOrder[] {
  const rule = kindRule('order', ctx.policy.recipientClass);
  const kept: StoredOrder[] = [];
  for (const o of orders) {
    const counted = ctx.counted(o.id);
    const facts = {
      child: o.boundIds.some((id) => childOn(ctx.allEntities.get(id), ctx.date) === true),
      decided: !PENDING.has(o.status),
      powerId: o.powerId,
    };
    const reason: WithholdReason | null = !recordAllowed(rule, facts)
      ? 'agency_type'
      : o.boundIds.every((id) => ctx.keptEntities.has(id))
        ? null
        : 'linked';
    if (reason) {
      if (counted) ctx.tally.add('order', reason);
      continue;
    }
    const out = stripFields(o, rule, ctx, (k) => counted && ctx.tally.add(k, 'agency_type'));
    // A breach is shown by intelligence; ids of items the recipient does not get are dropped.
    out.breaches = o.breaches.map((b) => ({
      ...b,
      intelIds: b.intelIds.filter((i) => ctx.keptIntel.has(i)),
    }));
    kept.push(out);
  }
  return kept;
}

export function redactSafeguarding(
  records: readonly StoredSafeguarding[],
  ctx: CaseworkContext,
): StoredSafeguarding[] {
  const kept: StoredSafeguarding[] = [];
  for (const r of records) {
    const rule = kindRule(r.kind, ctx.policy.recipientClass);
    const counted = ctx.counted(r.id);
    const child = childOn(ctx.allEntities.get(r.personId), recordDate(r));
    const named = r.kind === 'cawn' ? [r.personId, r.servedOnId] : [r.personId];
    const reason: WithholdReason | null = !(
      ctx.safeguardingDetails && recordAllowed(rule, { child })
    )
      ? 'agency_type'
      : named.every((id) => ctx.keptEntities.has(id))
        ? null
        : 'linked';
    if (reason) {
      // Counted under one heading whatever its kind: that a withheld record is an NRM
      // referral would itself say that someone is thought a victim of trafficking.
      if (counted) ctx.tally.add('safeguarding_record', reason);
      continue;
    }
    const count = (k: WithheldKind) => counted && ctx.tally.add(k, 'agency_type');
    const out = stripFields(r, rule, ctx, count);
    if (out.kind === 'missing_episode' && out.foundAtId && !ctx.keptEntities.has(out.foundAtId)) {
      delete out.foundAtId;
      count('record_details');
    }
    kept.push(out);
  }
  return kept;
}
