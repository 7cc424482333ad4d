/**
 * The safeguarding record form as plain state, both ways: a record into the fields that edit
 * it, and the fields back into a record for the schema to check. One set of fields serves every
 * kind; `by` and `date` take each kind's own meaning (labels in SafeguardingKindFields.tsx).
 */
import type { NRM_DECISIONS, SafeguardingKind, SafeguardingRecord } from '../../shared/referrals';

type Decision = keyof typeof NRM_DECISIONS;

export interface SafeguardingFormState {
  kind: SafeguardingKind;
  personId: string;
  /** Referred on, held on, served on or missing from. */
  date: string;
  /** Referred by, first responder, agencies present (commas between), issued by, interview by. */
  by: string;
  reference: string;
  notes: string;
  /** A MASH or strategy discussion outcome; '' for the kind's default. */
  outcome: string;
  decidedOn: string;
  consent: boolean;
  servedOnId: string;
  expiresOn: string;
  returnedOn: string;
  foundAtId: string;
  reasonableGrounds: Decision;
  reasonableGroundsOn: string;
  conclusiveGrounds: Decision;
  conclusiveGroundsOn: string;
  interviewOfferedOn: string;
  interviewHeldOn: string;
  interviewDeclined: boolean;
}

export function emptyFormState(
  kind: SafeguardingKind,
  personId: string,
  today: string,
): SafeguardingFormState {
  return {
    kind,
    personId,
    date: today,
    by: '',
    reference: '',
    notes: '',
    outcome: '',
    decidedOn: '',
    consent: false,
    servedOnId: '',
    expiresOn: '',
    returnedOn: '',
    foundAtId: '',
    reasonableGrounds: 'pending',
    reasonableGroundsOn: '',
    conclusiveGrounds: 'pending',
    conclusiveGroundsOn: '',
    interviewOfferedOn: '',
    interviewHeldOn: '',
    interviewDeclined: false,
  };
}

/** The form filled from a stored record, to edit it. */
export function formStateOf(r: SafeguardingRecord, today: string): SafeguardingFormState {
  const base = {
    ...emptyFormState(r.kind, r.personId, today),
    reference: r.reference,
    notes: r.notes,
  };
  switch (r.kind) {
    case 'mash_referral':
      return {
        ...base,
        date: r.referredOn,
        by: r.referredBy,
        outcome: r.outcome,
        decidedOn: r.decidedOn ?? '',
      };
    case 'nrm_referral':
      return {
        ...base,
        date: r.referredOn,
        by: r.firstResponder,
        consent: r.consent,
        reasonableGrounds: r.reasonableGrounds,
        reasonableGroundsOn: r.reasonableGroundsOn ?? '',
        conclusiveGrounds: r.conclusiveGrounds,
        conclusiveGroundsOn: r.conclusiveGroundsOn ?? '',
      };
    case 'strategy_meeting':
      return { ...base, date: r.heldOn, by: r.agencies.join(', '), outcome: r.outcome };
    case 'cawn':
      return {
        ...base,
        date: r.servedOn,
        by: r.issuedBy,
        servedOnId: r.servedOnId,
        expiresOn: r.expiresOn,
      };
    case 'missing_episode':
      return {
        ...base,
        date: r.missingFrom,
        by: r.interviewBy,
        returnedOn: r.returnedOn ?? '',
        foundAtId: r.foundAtId ?? '',
        interviewOfferedOn: r.interviewOfferedOn ?? '',
        interviewHeldOn: r.interviewHeldOn ?? '',
        interviewDeclined: r.interviewDeclined,
      };
  }
}

/** Only the dates that were given: an empty field is "not recorded", never an empty date. */
const dates = (entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v));

/**
 * The record the form describes, for safeguardingRecordSchema to check. A child is referred to
 * the NRM without consent, whatever the box says.
 */
export function recordInput(s: SafeguardingFormState, child: boolean): Record<string, unknown> {
  const common = { kind: s.kind, personId: s.personId, reference: s.reference, notes: s.notes };
  switch (s.kind) {
    case 'mash_referral': {
      const outcome = s.outcome || 'pending';
      return {
        ...common,
        referredOn: s.date,
        referredBy: s.by,
        outcome,
        ...(outcome !== 'pending' ? { decidedOn: s.decidedOn || s.date } : {}),
      };
    }
    case 'nrm_referral':
      return {
        ...common,
        referredOn: s.date,
        firstResponder: s.by,
        consent: child ? false : s.consent,
        reasonableGrounds: s.reasonableGrounds,
        conclusiveGrounds: s.conclusiveGrounds,
        ...dates({
          reasonableGroundsOn: s.reasonableGroundsOn,
          conclusiveGroundsOn: s.conclusiveGroundsOn,
        }),
      };
    case 'strategy_meeting':
      return {
        ...common,
        heldOn: s.date,
        agencies: s.by
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
        outcome: s.outcome || 'section_47',
      };
    case 'cawn':
      return {
        ...common,
        servedOnId: s.servedOnId,
        servedOn: s.date,
        expiresOn: s.expiresOn,
        issuedBy: s.by,
      };
    case 'missing_episode':
      return {
        ...common,
        missingFrom: s.date,
        interviewBy: s.by,
        interviewDeclined: s.interviewDeclined,
        ...dates({
          returnedOn: s.returnedOn,
          foundAtId: s.foundAtId,
          interviewOfferedOn: s.interviewOfferedOn,
          interviewHeldOn: s.interviewHeldOn,
        }),
      };
  }
}
