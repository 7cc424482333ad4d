import {
  MASH_OUTCOMES,
  NRM_DECISIONS,
  STRATEGY_OUTCOMES,
  type SafeguardingRecord,
} from '../../shared/referrals';

/** One record in a sentence, for the Safeguarding screen. */
export function describeRecord(r: SafeguardingRecord, label: (id: string) => string): string {
  const ref = r.reference ? ` (${r.reference})` : '';
  switch (r.kind) {
    case 'mash_referral':
      return `MASH referral by ${r.referredBy} on ${r.referredOn}${ref}: ${MASH_OUTCOMES[r.outcome]}${r.decidedOn ? ` on ${r.decidedOn}` : ''}.`;
    case 'nrm_referral':
      return `NRM referral by ${r.firstResponder} on ${r.referredOn}${ref}: reasonable grounds ${NRM_DECISIONS[r.reasonableGrounds].toLowerCase()}${r.reasonableGroundsOn ? ` (${r.reasonableGroundsOn})` : ''}, conclusive grounds ${NRM_DECISIONS[r.conclusiveGrounds].toLowerCase()}${r.conclusiveGroundsOn ? ` (${r.conclusiveGroundsOn})` : ''}.`;
    case 'strategy_meeting':
      return `Strategy discussion on ${r.heldOn}${r.agencies.length ? ` with ${r.agencies.join(', ')}` : ''}: ${STRATEGY_OUTCOMES[r.outcome]}.`;
    case 'cawn':
      return `Child Abduction Warning Notice served on ${label(r.servedOnId)} on ${r.servedOn} by ${r.issuedBy}${ref}, expires ${r.expiresOn}.`;
    case 'missing_episode': {
      const found = r.foundAtId ? `, found at ${label(r.foundAtId)}` : '';
      const back = r.returnedOn ? `returned ${r.returnedOn}${found}` : 'not yet returned';
      const rhi = r.interviewHeldOn
        ? `return home interview held ${r.interviewHeldOn}${r.interviewBy ? ` by ${r.interviewBy}` : ''}`
        : r.interviewDeclined
          ? 'return home interview declined'
          : r.interviewOfferedOn
            ? `return home interview offered ${r.interviewOfferedOn}`
            : 'no return home interview recorded';
      return `Missing from ${r.missingFrom}${ref}, ${back}; ${rhi}.`;
    }
  }
}
