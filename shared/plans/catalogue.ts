import { ASB_POWERS } from './powers/asbPowers';
import { COURT_ORDERS } from './powers/courtOrders';
import { PARTNER_POWERS } from './powers/partnerPowers';
import { PROTECT_POWERS } from './powers/protectPowers';
import type { Tactic } from './schema';

/**
 * Partner powers and tactics used against OCGs and county lines (the "Achilles heel" approach:
 * every partner's powers, not only prosecution): each with its legal basis, who may use it, its
 * statutory steps and time limits, typical evidence and limits on duration. Pillars are where a
 * power usually sits; a plan may file an action under another. Not legal advice.
 */
export const TACTIC_CATALOGUE: readonly Tactic[] = [
  ...ASB_POWERS,
  ...COURT_ORDERS,
  ...PARTNER_POWERS,
  ...PROTECT_POWERS,
];
