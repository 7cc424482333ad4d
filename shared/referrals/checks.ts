import { isChildOn, type Entity } from '../model';
import type { SafeguardingRecord } from './schema';

/** The date a record is filed under: when it was made or began. */
export function recordDate(r: SafeguardingRecord): string {
  switch (r.kind) {
    case 'mash_referral':
    case 'nrm_referral':
      return r.referredOn;
    case 'strategy_meeting':
      return r.heldOn;
    case 'cawn':
      return r.servedOn;
    case 'missing_episode':
      return r.missingFrom;
  }
}

/**
 * Problems beyond the schema, in words: dates out of order or in the future, an adult NRM
 * referral without consent, a CAWN protecting an adult or served on the child. Empty when fine.
 */
export function safeguardingProblems(
  r: SafeguardingRecord,
  entities: ReadonlyMap<string, Entity>,
  today: string,
): string[] {
  const out: string[] = [];
  const person = entities.get(r.personId);
  if (!person || person.kind !== 'nominal') return ['Choose the person from the map.'];
  const child = isChildOn(person.attrs.dateOfBirth, recordDate(r));
  if (recordDate(r) > today) out.push('The date is in the future.');
  const after = (later: string | undefined, earlier: string, what: string) => {
    if (later && later < earlier) out.push(`${what} (${later}) is before ${earlier}.`);
    if (later && later > today) out.push(`${what} (${later}) is in the future.`);
  };
  switch (r.kind) {
    case 'mash_referral':
      after(r.decidedOn, r.referredOn, 'The decision');
      if (r.outcome !== 'pending' && !r.decidedOn) out.push('Give the date of the decision.');
      break;
    case 'nrm_referral':
      if (!child && !r.consent)
        out.push(
          'An adult can be referred to the NRM only with their consent; without it, notify the Home Office under the duty to notify instead.',
        );
      after(r.reasonableGroundsOn, r.referredOn, 'The reasonable grounds decision');
      after(
        r.conclusiveGroundsOn,
        r.reasonableGroundsOn ?? r.referredOn,
        'The conclusive grounds decision',
      );
      break;
    case 'cawn':
      if (!child) out.push('A Child Abduction Warning Notice protects a child under 18.');
      if (r.servedOnId === r.personId)
        out.push('The notice is served on the adult, not the child.');
      if (r.expiresOn <= r.servedOn) out.push('The notice must expire after it was served.');
      break;
    case 'missing_episode':
      after(r.returnedOn, r.missingFrom, 'The return');
      after(r.interviewOfferedOn, r.returnedOn ?? r.missingFrom, 'The interview offer');
      after(
        r.interviewHeldOn,
        r.interviewOfferedOn ?? r.returnedOn ?? r.missingFrom,
        'The interview',
      );
      break;
    case 'strategy_meeting':
      break;
  }
  return out;
}

/**
 * People under 18 on `day` who have been referred to the National Referral Mechanism: a first
 * responder had reason to think them a victim of trafficking or slavery, so they read as victims
 * first, whatever else is recorded and whatever the decision (child first).
 */
export function nrmChildIds(
  records: readonly SafeguardingRecord[],
  entities: readonly Entity[],
  day: string,
): string[] {
  const referred = new Set(records.filter((r) => r.kind === 'nrm_referral').map((r) => r.personId));
  return entities
    .filter(
      (e) => referred.has(e.id) && e.kind === 'nominal' && isChildOn(e.attrs.dateOfBirth, day),
    )
    .map((e) => e.id);
}
