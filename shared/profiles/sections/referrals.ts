import { recordDate, SAFEGUARDING_KINDS, type SafeguardingRecord } from '../../referrals';
import { AGENCY_TYPES, receivesSafeguardingDetails } from '../recipient';
import { otherEnd, type ProfileContext } from '../context';
import type { ReferralRow } from '../profileTypes';

function summary(r: SafeguardingRecord, name: (id: string) => string): string {
  switch (r.kind) {
    case 'mash_referral':
      return `Referred by ${r.referredBy}; ${r.outcome === 'pending' ? 'decision pending' : `decided ${r.decidedOn ?? ''}`}`;
    case 'nrm_referral':
      return `Referred by ${r.firstResponder}; reasonable grounds ${r.reasonableGrounds}, conclusive grounds ${r.conclusiveGrounds}`;
    case 'strategy_meeting':
      return `Held with ${r.agencies.join(', ') || 'partners'}`;
    case 'cawn':
      return `Served on ${name(r.servedOnId)} by ${r.issuedBy}; expires ${r.expiresOn}`;
    case 'missing_episode':
      return `${r.returnedOn ? `Returned ${r.returnedOn}` : 'Not yet returned'}; return home interview ${r.interviewHeldOn ? `held ${r.interviewHeldOn}` : r.interviewDeclined ? 'declined' : r.interviewOfferedOn ? `offered ${r.interviewOfferedOn}` : 'not yet offered'}`;
  }
}

/**
 * Referrals, strategy discussions, CAWNs and missing episodes of the people in and next to the
 * focus. They are safeguarding details: a recipient whose agency does not receive those is told
 * so and sees none, each counted as withheld; a record about someone the recipient may not see
 * is withheld too. The person is always the one being protected.
 */
export function referralRows(ctx: ProfileContext): { rows: ReferralRow[]; notice: string } {
  const near = new Set(ctx.focusIds);
  for (const l of ctx.focusLinks)
    for (const id of ctx.focusIds)
      if (l.source === id || l.target === id) near.add(otherEnd(l, id));
  const relevant = ctx.safeguardingRecords.filter((r) => near.has(r.personId));
  if (!receivesSafeguardingDetails(ctx.recipient)) {
    relevant.forEach(() => ctx.tally.add('safeguarding_record', 'agency_type'));
    return {
      rows: [],
      notice: `Safeguarding referrals and episodes are not shared with ${AGENCY_TYPES[ctx.recipient.agencyType].label.toLowerCase()}.`,
    };
  }
  const name = (id: string) => ctx.entities.get(id)?.label ?? 'an adult';
  const rows: ReferralRow[] = [];
  for (const r of relevant) {
    if (!ctx.entities.has(r.personId)) {
      ctx.tally.add('safeguarding_record', 'linked');
      continue;
    }
    rows.push({
      personId: r.personId,
      person: name(r.personId),
      kind: SAFEGUARDING_KINDS[r.kind],
      date: recordDate(r),
      reference: r.reference,
      summary: summary(r, name),
    });
  }
  rows.sort((a, b) => a.person.localeCompare(b.person) || b.date.localeCompare(a.date));
  return {
    rows,
    notice: rows.length
      ? ''
      : 'No safeguarding referral or episode is recorded for the people in this profile.',
  };
}
