import { ageOn, isChildOn, type EntityOf, type RiskLevel } from '../model';

type Nominal = EntityOf<'nominal'>;

export type IndicatorCode =
  | 'child'
  | 'flagged_vulnerable'
  | 'missing'
  | 'looked_after'
  | 'excluded'
  | 'cuckooed_occupant'
  | 'cce_risk'
  | 'cse_risk';

export interface Indicator {
  code: IndicatorCode;
  text: string;
}

const RISK_WORDS: Record<RiskLevel, string> = { high: 'high', medium: 'medium', low: 'low' };

function assessment(by: string | undefined, on: string | undefined): string {
  if (by && on) return ` (assessed by ${by} on ${on})`;
  if (by) return ` (assessed by ${by}, date not recorded)`;
  if (on) return ` (assessed on ${on}, assessor not recorded)`;
  return ' (assessor and date not recorded)';
}

/**
 * The reasons a person counts as vulnerable on `day`, in plain English. `livesInCuckooedHome`
 * comes from the links (see cuckooed.ts), since the attribute alone misses occupants found
 * only through the map.
 */
export function vulnerabilityIndicators(
  person: Nominal,
  day: string,
  livesInCuckooedHome = false,
): Indicator[] {
  const out: Indicator[] = [];
  const dob = person.attrs.dateOfBirth;
  if (dob && isChildOn(dob, day)) {
    out.push({ code: 'child', text: `Child (aged ${ageOn(dob, day)})` });
  }
  const s = person.attrs.safeguarding;
  if (s?.vulnerable) out.push({ code: 'flagged_vulnerable', text: 'Recorded as vulnerable' });
  if (s && s.missingEpisodes > 0) {
    const n = s.missingEpisodes;
    out.push({ code: 'missing', text: `${n} missing episode${n === 1 ? '' : 's'}` });
  }
  if (s?.lookedAfter) out.push({ code: 'looked_after', text: 'Looked-after (in care)' });
  if (s?.excludedOrReducedTimetable) {
    out.push({ code: 'excluded', text: 'Excluded from school or on a reduced timetable' });
  }
  if (s?.cuckooedOccupant || livesInCuckooedHome) {
    out.push({ code: 'cuckooed_occupant', text: 'Occupant of a cuckooed address' });
  }
  const by = s?.assessedBy;
  const on = s?.assessedOn;
  if (s?.cceRisk) {
    out.push({
      code: 'cce_risk',
      text: `Child criminal exploitation risk: ${RISK_WORDS[s.cceRisk]}${assessment(by, on)}`,
    });
  }
  if (s?.cseRisk) {
    out.push({
      code: 'cse_risk',
      text: `Child sexual exploitation risk: ${RISK_WORDS[s.cseRisk]}${assessment(by, on)}`,
    });
  }
  return out;
}

const RISK_RANK: Record<RiskLevel, number> = { high: 3, medium: 2, low: 1 };

/** The higher of the CCE and CSE risk levels, if either was assessed. */
export function highestRisk(person: Nominal): RiskLevel | undefined {
  const levels = [person.attrs.safeguarding?.cceRisk, person.attrs.safeguarding?.cseRisk];
  let best: RiskLevel | undefined;
  for (const l of levels) if (l && (!best || RISK_RANK[l] > RISK_RANK[best])) best = l;
  return best;
}

export function riskRank(level: RiskLevel | undefined): number {
  return level ? RISK_RANK[level] : 0;
}
