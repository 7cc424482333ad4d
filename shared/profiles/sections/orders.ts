import { findTactic, ORDER_STATUSES } from '../../plans';
import { namedIds, nearFocus, type ProfileContext } from '../context';
import type { OrderRow } from '../profileTypes';

/**
 * Orders and notices that bind the subject, its members, or the places and lines one link from
 * them. `ctx.orders` holds only what the disclosure rules let this recipient have (rules.ts,
 * redactCasework.ts): which powers, decided or pending, and only orders whose every bound
 * record the recipient may see.
 */
export function orderRows(ctx: ProfileContext): { rows: OrderRow[]; notice: string } {
  const near = nearFocus(ctx.focusIds, ctx.focusLinks);
  const rows: OrderRow[] = [];
  for (const o of ctx.orders) {
    if (!namedIds(o).some((id) => near.has(id))) continue;
    rows.push({
      orderId: o.id,
      power: findTactic(o.powerId)?.label ?? 'Power not in the catalogue',
      binds: o.boundIds.map((id) => ctx.entities.get(id)?.label ?? ''),
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
