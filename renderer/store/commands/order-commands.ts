import { newId } from '../../../shared/model';
import {
  extendOrder,
  markStepDone,
  markStepNotApplicable,
  orderSchema,
  transitionOrder,
  type Order,
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

export function deleteOrder(id: string): Command {
  return deleteRecordCommand('orders', 'delete order or notice', id);
}
