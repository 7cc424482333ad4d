import { newId } from '../../../shared/model';
import {
  editOrderDetails,
  extendOrder,
  markStepDone,
  markStepNotApplicable,
  orderSchema,
  transitionOrder,
  type Order,
  type OrderDetails,
  type TransitionInput,
} from '../../../shared/orders';
import {
  leadAgencyProblem,
  ORDER_STATUSES,
  type OrderStatus,
  type Tactic,
} from '../../../shared/plans';
import type { Command } from '../api';
import { ValidationError } from '../errors';
import { createRecordCommand, deleteRecordCommand } from './record-steps';
import { changedInWords } from './record-changes';
import { recordEditCommand } from './record-edit';

/** Opens an order or notice as a draft under a power that makes one; undoable. */
export function createOrder(
  workspaceId: string,
  order: Omit<Order, 'status' | 'history'>,
  power: Tactic,
) {
  if (power.instrument !== 'court_order' && power.instrument !== 'notice')
    throw new ValidationError(
      'The order',
      `${power.label} is not an order or notice; record it as a plan action.`,
    );
  const lead = leadAgencyProblem(order.leadAgencyKind, power);
  if (lead) throw new ValidationError('The order', lead);
  const id = newId('ord');
  return createRecordCommand('orders', `draft ${power.label}`, id, workspaceId, (now) => ({
    id,
    workspaceId,
    order: orderSchema.parse({ ...order, status: 'draft', history: [] }),
    createdAt: now,
    updatedAt: now,
  }));
}

/** Moves an order one step along its lifecycle, checked by shared/orders; undo restores it. */
export function transitionOrderCommand(
  id: string,
  to: OrderStatus,
  input: TransitionInput,
  power: Tactic,
  today: string,
): Command {
  return recordEditCommand(
    'orders',
    `${power.label}: ${ORDER_STATUSES[to].toLowerCase()}`,
    id,
    (r) => ({ ...r, order: transitionOrder(r.order, to, input, power, today) }),
    (r) =>
      `${power.label} ${ORDER_STATUSES[r.order.status].toLowerCase()} -> ${ORDER_STATUSES[to].toLowerCase()} on ${input.on}${input.intelIds?.length ? `; breach shown by ${input.intelIds.length} intelligence item(s)` : ''}`,
    'update',
    input.intelIds ?? [],
  );
}

export function extendOrderCommand(
  id: string,
  input: { on: string; to: string; note?: string },
  power: Tactic,
  today: string,
): Command {
  return recordEditCommand(
    'orders',
    `extend ${power.label}`,
    id,
    (r) => ({ ...r, order: extendOrder(r.order, input, power, today) }),
    (r) => `${power.label} extended from ${r.order.expiresOn ?? 'no expiry'} to ${input.to}`,
  );
}

export function markOrderStepCommand(
  id: string,
  stepId: string,
  on: string,
  power: Tactic,
  today: string,
): Command {
  const step = power.steps?.find((s) => s.id === stepId);
  return recordEditCommand(
    'orders',
    `${power.label}: step done`,
    id,
    (r) => ({ ...r, order: markStepDone(r.order, stepId, on, power, today) }),
    () => `${power.label}: "${step?.label ?? stepId}" done on ${on}`,
  );
}

export function markOrderStepNotApplicableCommand(
  id: string,
  stepId: string,
  power: Tactic,
): Command {
  const step = power.steps?.find((s) => s.id === stepId);
  return recordEditCommand(
    'orders',
    `${power.label}: step does not apply`,
    id,
    (r) => ({ ...r, order: markStepNotApplicable(r.order, stepId, power) }),
    () => `${power.label}: "${step?.label ?? stepId}" does not apply`,
  );
}

const DETAIL_WORDS = { boundIds: 'what it binds', leadAgencyKind: 'lead agency type' };

/** Corrects what an order binds, who leads it, its court, reference, conditions and notes. */
export function updateOrderDetailsCommand(
  id: string,
  details: OrderDetails,
  power: Tactic,
): Command {
  return recordEditCommand(
    'orders',
    `correct ${power.label}`,
    id,
    (r) => ({ ...r, order: editOrderDetails(r.order, details, power) }),
    (r) => {
      const before = r.order as unknown as Record<string, unknown>;
      const after = { ...before, ...details } as Record<string, unknown>;
      return `${power.label}: ${changedInWords(before, after, DETAIL_WORDS)}`;
    },
  );
}

/**
 * Deletes an order or notice recorded in error or no longer wanted; undo puts it back. An order
 * a court or agency has decided is history: end it through its lifecycle (discharged, expired)
 * rather than delete it, unless it was recorded in error.
 */
export function deleteOrder(id: string): Command {
  return deleteRecordCommand('orders', 'delete order or notice', id);
}
