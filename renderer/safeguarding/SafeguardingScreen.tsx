import { useMemo } from 'react';
import { findTactic, PILLARS } from '../../shared/plans';
import { safeguardingView, type SafeguardingEntry } from '../../shared/safeguarding';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { plansOf, tacticsOf } from '../plans/partnershipRecords';
import { exposureWords, hopsByPerson } from './exposureSummary';
import { useExposure } from './useExposure';
import { SafeguardingRecords } from './SafeguardingRecords';
import { withNrmVictims } from './nrmVictims';
import '../plans/partnership.css';

const RISK_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/**
 * Everyone the workspace gives a reason to safeguard. People are described by their recorded
 * roles, victim first (rolesFor, for a partner audience): an exploited child is never called a suspect here
 * unless that role is recorded too.
 */
export function SafeguardingScreen(props: WorkspaceModuleProps) {
  const { loaded, today } = props;
  const plans = useMemo(() => plansOf(loaded), [loaded]);
  const tactics = useMemo(() => tacticsOf(loaded), [loaded]);
  const base = useMemo(
    () =>
      safeguardingView({
        entities: [...loaded.entities.values()],
        links: [...loaded.links.values()],
        day: today,
        plans,
      }),
    [loaded, today, plans],
  );
  const flagged = useMemo(() => base.map((e) => e.entityId), [base]);
  const exposure = useExposure(loaded, flagged);
  const listed = useMemo(
    () =>
      exposure.status === 'done'
        ? safeguardingView({
            entities: [...loaded.entities.values()],
            links: [...loaded.links.values()],
            day: today,
            plans,
            exposure: hopsByPerson(exposure.byPerson),
          })
        : base,
    [exposure, base, loaded, today, plans],
  );
  const entries = useMemo(
    () =>
      withNrmVictims(
        listed,
        loaded.entities,
        [...loaded.referrals.values()].map((r) => r.record),
        today,
      ),
    [listed, loaded.entities, loaded.referrals, today],
  );
  const label = (id: string) => loaded.entities.get(id)?.label ?? 'unknown';
  const exposureText = (e: SafeguardingEntry) =>
    exposure.status === 'done'
      ? exposureWords(exposure.byPerson.get(e.entityId), label)
      : exposure.status === 'running'
        ? 'Working out…'
        : 'Not available';
  const actionText = (planId: string, tacticId: string) => {
    const plan = plans.find((p) => p.id === planId);
    return findTactic(tacticId, [...tactics, ...(plan?.customTactics ?? [])])?.label ?? tacticId;
  };

  return (
    <div className="ws-screen partnership">
      <h2>Safeguarding</h2>
      <p>
        {entries.length} people have at least one safeguarding concern on {today}, highest assessed
        risk first, then children.
      </p>
      <div role="status" className="hint">
        {exposure.status === 'failed'
          ? `Exposure could not be worked out: ${exposure.message}`
          : ''}
        {exposure.status === 'done' && exposure.controllers.length > 0
          ? `Controllers used for exposure: ${exposure.controllers.map(label).join(', ')} (suspects with the highest betweenness, and anyone recorded as controlling someone or running a line).`
          : ''}
      </div>
      <table className="data-table">
        <caption>People to safeguard, with their exposure to the network's controllers</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Recorded roles</th>
            <th scope="col">Concerns</th>
            <th scope="col">CCE/CSE risk</th>
            <th scope="col">Exposure to controllers</th>
            <th scope="col">Open safeguarding actions</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.entityId}>
              <th scope="row">{e.label}</th>
              <td>{e.roles}</td>
              <td>
                <ul>
                  {e.indicators.map((i) => (
                    <li key={i.code}>{i.text}</li>
                  ))}
                </ul>
              </td>
              <td>
                {e.risk ? RISK_WORDS[e.risk] : 'Not assessed'}
                {e.risk ? (
                  <>
                    <br />
                    by {e.assessedBy ?? 'assessor not recorded'} on{' '}
                    {e.assessedOn ?? 'date not recorded'}
                  </>
                ) : null}
              </td>
              <td>{exposureText(e)}</td>
              <td>
                {e.openActions.length === 0 ? (
                  'None open'
                ) : (
                  <ul>
                    {e.openActions.map((a) => (
                      <li key={a.actionId} className={a.overdue ? 'overdue-text' : undefined}>
                        {PILLARS[a.pillar].label}: {actionText(a.planId, a.tacticId)}, due{' '}
                        {a.dueDate}
                        {a.overdue ? ' (Overdue)' : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {e.assessmentReviewOn
                  ? `Risk assessment: ${e.assessmentReviewOn}`
                  : 'No assessment date'}
                <br />
                {e.recordReviewOn ? `Record (MoPI): ${e.recordReviewOn}` : 'No record review date'}
                {e.reviewDue ? (
                  <>
                    <br />
                    <strong className="overdue-text">Review due</strong>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SafeguardingRecords module={props} entries={entries} />
    </div>
  );
}
