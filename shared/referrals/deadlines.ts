import { addPeriod, daysFrom, EXPIRY_NOTICE_DAYS, type Moment } from '../orders';
import { findTactic } from '../plans';
import type { SafeguardingRecord } from './schema';

export interface SafeguardingDeadline {
  recordId: string;
  personId: string;
  label: string;
  basis: string;
  due: Moment;
  overdue: boolean;
  daysLeft: number;
}

/** The time limit of a catalogue step, so the catalogue stays the one source of every limit. */
function limit(tacticId: string, stepId: string) {
  const step = findTactic(tacticId)?.steps?.find((s) => s.id === stepId);
  if (!step?.within) throw new Error(`The catalogue has no time limit for ${tacticId}.${stepId}.`);
  return step;
}

/**
 * Open deadlines for one safeguarding record: a MASH decision within a working day, a return
 * home interview offered within 72 hours of return, a child protection conference within 15
 * working days of a strategy discussion that starts s.47 enquiries, and a CAWN nearing expiry.
 */
export function safeguardingDeadlines(
  r: SafeguardingRecord & { id: string },
  today: string,
): SafeguardingDeadline[] {
  const make = (label: string, basis: string, due: Moment): SafeguardingDeadline => ({
    recordId: r.id,
    personId: r.personId,
    label,
    basis,
    due,
    overdue: due.date < today,
    daysLeft: daysFrom(today, due.date),
  });
  switch (r.kind) {
    case 'mash_referral': {
      if (r.outcome !== 'pending') return [];
      const s = limit('safeguarding_referral', 'decision');
      return [make(s.label, s.basis, addPeriod({ date: r.referredOn }, s.within!))];
    }
    case 'missing_episode': {
      if (!r.returnedOn || r.interviewOfferedOn || r.interviewHeldOn || r.interviewDeclined)
        return [];
      const s = limit('missing_return_interview', 'offer');
      return [
        make(
          'Offer a return home interview',
          s.basis,
          addPeriod({ date: r.returnedOn }, s.within!),
        ),
      ];
    }
    case 'strategy_meeting': {
      if (r.outcome !== 'section_47') return [];
      const s = limit('strategy_discussion', 'conference');
      return [make(s.label, s.basis, addPeriod({ date: r.heldOn }, s.within!))];
    }
    case 'cawn':
      return daysFrom(today, r.expiresOn) <= EXPIRY_NOTICE_DAYS
        ? [
            make('Notice expires: decide whether to serve a new one', 'Local CAWN policy', {
              date: r.expiresOn,
            }),
          ]
        : [];
    case 'nrm_referral':
      return [];
  }
}
