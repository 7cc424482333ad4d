import { useId, useMemo, useState } from 'react';
import { orderDeadlines, momentWords } from '../../shared/orders';
import { findTactic, ORDER_STATUSES, type Tactic } from '../../shared/plans';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ordersOf, labelIn, type StoredOrder } from './boardRecords';
import { DeadlineTable } from './DeadlineTable';
import { NewOrderForm } from './NewOrderForm';
import { OrderCorrections } from './OrderCorrections';
import { OrderSteps } from './OrderSteps';
import { OrderTransitionForm } from './OrderTransitionForm';
import type { StoredPlan } from './partnershipRecords';

const dates = (o: StoredOrder) =>
  [
    o.appliedOn && `applied ${o.appliedOn}${o.appliedTime ? ` ${o.appliedTime}` : ''}`,
    o.decidedOn && `decided ${o.decidedOn}`,
    o.inForceOn && `in force ${o.inForceOn}${o.inForceTime ? ` ${o.inForceTime}` : ''}`,
    o.expiresOn && `expires ${o.expiresOn}`,
    o.endedOn && `ended ${o.endedOn}`,
  ]
    .filter(Boolean)
    .join('; ');

/** The plan's orders and notices: their lifecycle, statutory deadlines, and the forms that move them on. */
export function OrdersPanel({
  module,
  plan,
  tactics,
}: {
  module: WorkspaceModuleProps;
  plan: StoredPlan;
  tactics: readonly Tactic[];
}) {
  const { loaded, run, today } = module;
  const id = useId();
  const custom = useMemo(() => [...tactics, ...plan.customTactics], [tactics, plan.customTactics]);
  const orders = useMemo(
    () => ordersOf(loaded).filter((o) => o.planId === plan.id),
    [loaded, plan.id],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const open = orders.find((o) => o.storedId === selected);
  const powerOf = (o: StoredOrder) => findTactic(o.powerId, custom);
  const deadlines = orders
    .flatMap((o) =>
      orderDeadlines(o, powerOf(o), today).map((d, i) => ({
        ...d,
        key: `${o.id}-${i}`,
        what: `${powerOf(o)?.label ?? o.powerId} (${o.boundIds.map((b) => labelIn(loaded, b)).join(', ')}): ${d.label}`,
      })),
    )
    .sort((a, b) => a.due.date.localeCompare(b.due.date));

  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Orders and notices</h3>
      <DeadlineTable
        rows={deadlines}
        caption="Statutory deadlines and reminders for this plan's orders"
      />
      <p role="status" className="hint">
        {status}
      </p>
      {orders.length === 0 ? (
        <p className="notice">No orders or notices yet.</p>
      ) : (
        <table className="data-table">
          <caption>Orders and notices of this plan</caption>
          <thead>
            <tr>
              <th scope="col">Power</th>
              <th scope="col">Binds</th>
              <th scope="col">Status</th>
              <th scope="col">Lead agency</th>
              <th scope="col">Court and reference</th>
              <th scope="col">Dates</th>
              <th scope="col">Next deadline</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => {
              const power = powerOf(o)?.label ?? o.powerId;
              const next = orderDeadlines(o, powerOf(o), today)[0];
              return (
                <tr key={o.storedId}>
                  <td>{power}</td>
                  <td>{o.boundIds.map((b) => labelIn(loaded, b)).join(', ')}</td>
                  <td>
                    {ORDER_STATUSES[o.status]}
                    {o.breaches.length
                      ? ` (${o.breaches.length} breach${o.breaches.length > 1 ? 'es' : ''})`
                      : ''}
                  </td>
                  <td>{o.leadAgency}</td>
                  <td>{[o.court, o.reference].filter(Boolean).join(', ')}</td>
                  <td>{dates(o)}</td>
                  <td className={next?.overdue ? 'overdue-text' : undefined}>
                    {next
                      ? `${momentWords(next.due)}: ${next.label}${next.overdue ? ' (Overdue)' : ''}`
                      : 'None'}
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-expanded={selected === o.storedId}
                      onClick={() => {
                        setStatus('');
                        setSelected(selected === o.storedId ? null : o.storedId);
                      }}
                    >
                      Manage
                      <span className="sr-only">
                        {' '}
                        {power} ({o.boundIds.map((b) => labelIn(loaded, b)).join(', ')})
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {open && powerOf(open) ? (
        <div className="order-detail" aria-label={`Manage ${powerOf(open)!.label}`} role="region">
          <h4>
            {powerOf(open)!.label}: {ORDER_STATUSES[open.status]}
          </h4>
          <p className="hint">
            Legal basis: {powerOf(open)!.authority || 'not recorded'}.
            {open.conditions.length ? ` Conditions: ${open.conditions.join('; ')}.` : ''}
            {open.breaches.length
              ? ` Breaches: ${open.breaches.map((b) => `${b.on} (${b.intelIds.map((i) => loaded.intel.get(i)?.reference ?? 'intelligence no longer held').join(', ')})`).join('; ')}.`
              : ''}
          </p>
          <p className="hint">
            History:{' '}
            {open.history
              .map((h) => `${ORDER_STATUSES[h.status]} ${h.on}${h.note ? ` (${h.note})` : ''}`)
              .join(' → ') || 'drafted'}
            .
          </p>
          <OrderCorrections
            key={`${open.storedId}-${loaded.orders.get(open.storedId)?.updatedAt ?? ''}`}
            loaded={loaded}
            order={open}
            power={powerOf(open)!}
            run={run}
            onDone={(message, deleted) => {
              if (deleted) setSelected(null);
              setStatus(message);
            }}
          />
          <OrderSteps order={open} power={powerOf(open)!} today={today} run={run} />
          <OrderTransitionForm
            key={`${open.storedId}-${open.status}`}
            loaded={loaded}
            order={open}
            power={powerOf(open)!}
            today={today}
            run={run}
          />
        </div>
      ) : null}
      <NewOrderForm
        loaded={loaded}
        planId={plan.id}
        custom={custom}
        run={run}
        onCreated={setSelected}
      />
    </section>
  );
}
