import {
  MASH_OUTCOMES,
  recordDate,
  SAFEGUARDING_KINDS,
  STRATEGY_OUTCOMES,
  type SafeguardingRecord,
} from '../../referrals';
import { namedIds, nearFocus, type ProfileContext } from '../context';
import { AGENCY_TYPES, recipientClassOf } from '../recipient';
import type { ReferralRow } from '../profileTypes';
import { kindRule } from '../rules';

/** Fields the disclosure rules may have stripped read as absent, never as "undefined". */
type Shown<T> = { [K in keyof T]: T[K] | undefined };

const or = (v: string | undefined, fallback: string) => v || fallback;

function summary(r: Shown<SafeguardingRecord>, name: (id: string) => string): string {
  switch (r.kind) {
    case 'mash_referral':
      return `Referred by ${or(r.referredBy, 'an agency')}; ${
        !r.outcome || r.outcome === 'pending'
          ? 'decision pending'
          : `${MASH_OUTCOMES[r.outcome]}, decided ${or(r.decidedOn, 'on a date not recorded')}`
      }`;
    case 'nrm_referral':
      return `${r.firstResponder ? `Referred by ${r.firstResponder}; r` : 'R'}easonable grounds ${or(r.reasonableGrounds, 'pending')}, conclusive grounds ${or(r.conclusiveGrounds, 'pending')}`;
    case 'strategy_meeting':
      return `Held with ${r.agencies?.join(', ') || 'partners'}${r.outcome ? `: ${STRATEGY_OUTCOMES[r.outcome]}` : ''}`;
    case 'cawn':
      return `Served on ${name(r.servedOnId ?? '')}${r.issuedBy ? ` by ${r.issuedBy}` : ''}; expires ${or(r.expiresOn, 'on a date not recorded')}`;
    case 'missing_episode': {
      const interview = r.interviewHeldOn
        ? `held ${r.interviewHeldOn}`
        : r.interviewDeclined
          ? 'declined'
          : r.interviewOfferedOn
            ? `offered ${r.interviewOfferedOn}`
            : 'not yet offered';
      const found = r.foundAtId ? `; found at ${name(r.foundAtId)}` : '';
      return `${r.returnedOn ? `Returned ${r.returnedOn}` : 'Not yet returned'}${found}; return home interview ${interview}`;
    }
    default:
      return '';
  }
}

/**
 * Referrals, strategy discussions, CAWNs and missing episodes of the people in and next to the
 * focus. `ctx.safeguardingRecords` holds only what the disclosure rules let this recipient have
 * (recordRules.ts): whose records (children's, adults'), which kinds and which of their fields.
 * The person is always the one being protected.
 */
export function referralRows(ctx: ProfileContext): { rows: ReferralRow[]; notice: string } {
  const near = nearFocus(ctx.focusIds, ctx.focusLinks);
  const name = (id: string) => ctx.entities.get(id)?.label ?? 'a person not named here';
  const rows: ReferralRow[] = [];
  for (const r of ctx.safeguardingRecords) {
    if (!namedIds(r).some((id) => near.has(id))) continue;
    rows.push({
      recordId: r.id,
      personId: r.personId,
      person: name(r.personId),
      kind: SAFEGUARDING_KINDS[r.kind],
      date: recordDate(r),
      reference: r.reference ?? '',
      summary: summary(r, name),
    });
  }
  rows.sort((a, b) => a.person.localeCompare(b.person) || b.date.localeCompare(a.date));
  const sharesAny = Object.keys(SAFEGUARDING_KINDS).some(
    (k) => kindRule(k as SafeguardingRecord['kind'], recipientClassOf(ctx.recipient)) !== false,
  );
  return {
    rows,
    notice: rows.length
      ? ''
      : sharesAny
        ? 'No safeguarding referral or episode that may be shared is recorded for the people in this profile.'
        : `Safeguarding referrals and episodes are not shared with ${AGENCY_TYPES[ctx.recipient.agencyType].label.toLowerCase()}.`,
  };
}
