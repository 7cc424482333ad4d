import { findTactic, ORDER_STATUSES, type OrderStatus } from '../../plans';
import { agencyGroup } from '../recipient';
import { otherEnd, type ProfileContext } from '../context';
import type { OrderRow } from '../profileTypes';

/** Decided orders are a matter of record; drafts and pending applications stay with the police. */
const PENDING: ReadonlySet<OrderStatus> = new Set(['draft', 'applied']);

/**
 * Orders and notices that bind the subject, its members, or the places and lines one link from
 * them. An order binding anything the recipient may not see is withheld whole (its power alone
 * would say something about what it binds); a pending one goes only to law enforcement.
 */
export function orderRows(ctx: ProfileContext): { rows: OrderRow[]; notice: string } {
  const near = new Set(ctx.focusIds);
  for (const l of ctx.focusLinks)
    for (const id of ctx.focusIds)
      if (l.source === id || l.target === id) near.add(otherEnd(l, id));
  const lawEnforcement = ['originator', 'law_enforcement'].includes(agencyGroup(ctx.recipient));
  const rows: OrderRow[] = [];
  for (const o of ctx.orders) {
    if (!o.boundIds.some((id) => near.has(id))) continue;
    if (!o.boundIds.every((id) => ctx.entities.has(id))) {
      ctx.tally.add('order', 'linked');
      continue;
    }
    if (PENDING.has(o.status) && !lawEnforcement) {
      ctx.tally.add('order', 'agency_type');
      continue;
    }
    rows.push({
      orderId: o.id,
      power: findTactic(o.powerId)?.label ?? 'Power not in the catalogue',
      binds: o.boundIds.map((id) => ctx.entities.get(id)!.label),
      boundIds: o.boundIds,
      status: ORDER_STATUSES[o.status],
      leadAgency: o.leadAgency,
      court: [o.court, o.reference].filter(Boolean).join(', '),
      inForce:
        [o.inForceOn && `from ${o.inForceOn}`, o.expiresOn && `to ${o.expiresOn}`]
          .filter(Boolean)
          .join(' ') || '',
      conditions: o.conditions,
    });
  }
  rows.sort((a, b) => a.power.localeCompare(b.power));
  return {
    rows,
    notice: rows.length
      ? ''
      : 'No order or notice that may be shared binds the people or places in this profile.',
  };
}
