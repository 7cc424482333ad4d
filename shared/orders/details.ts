import { leadAgencyProblem, type AgencyKind, type Tactic } from '../plans';
import { OrderError } from './lifecycle';
import { orderSchema, type Order } from './schema';

/**
 * What may be corrected on an order outside its lifecycle: whom it binds, who leads it, the
 * court, reference, conditions and notes. Status and dates move only through transitionOrder.
 */
export interface OrderDetails {
  boundIds: string[];
  leadAgencyKind: AgencyKind;
  leadAgency: string;
  court: string;
  reference: string;
  conditions: string[];
  notes: string;
}

/** The order with its details corrected, or an OrderError saying plainly why not. */
export function editOrderDetails(order: Order, details: OrderDetails, power: Tactic): Order {
  if (details.boundIds.length === 0) throw new OrderError('Say whom or what the order binds.');
  const lead = leadAgencyProblem(details.leadAgencyKind, power);
  if (lead) throw new OrderError(lead);
  if (power.instrument === 'court_order' && order.decidedOn && !details.court.trim())
    throw new OrderError(
      'A court or committee decided this order: keep its name (correct it if it is wrong).',
    );
  const parsed = orderSchema.safeParse({
    ...order,
    ...details,
    boundIds: [...new Set(details.boundIds)],
    leadAgency: details.leadAgency.trim(),
    court: details.court.trim(),
    reference: details.reference.trim(),
  });
  if (!parsed.success) throw new OrderError(parsed.error.issues[0]?.message ?? 'Check the order.');
  return parsed.data;
}
