import type { Safeguarding } from './entity';

export interface SafeguardingIssue {
  /** Field inside `safeguarding` the issue is about. */
  field: 'assessedBy' | 'assessedOn';
  message: string;
}

/**
 * A CCE or CSE risk level is an assessment: it says who made it and when, or it cannot be
 * weighed (or reviewed) later. Checked where a person is edited; records already stored are
 * read as they are.
 */
export function safeguardingIssues(
  s: Safeguarding | undefined,
  today: string,
): SafeguardingIssue[] {
  if (!s || (s.cceRisk === undefined && s.cseRisk === undefined)) return [];
  const issues: SafeguardingIssue[] = [];
  if (!s.assessedBy?.trim())
    issues.push({
      field: 'assessedBy',
      message: 'A CCE or CSE risk needs the name of whoever assessed it',
    });
  if (!s.assessedOn)
    issues.push({
      field: 'assessedOn',
      message: 'A CCE or CSE risk needs the date it was assessed',
    });
  else if (s.assessedOn > today)
    issues.push({ field: 'assessedOn', message: 'The assessment date cannot be in the future' });
  return issues;
}

/** Whether a safeguarding record says nothing beyond its defaults (so need not be stored). */
export function isBlankSafeguarding(s: Safeguarding): boolean {
  return (
    !s.vulnerable &&
    s.missingEpisodes === 0 &&
    !s.lookedAfter &&
    !s.excludedOrReducedTimetable &&
    !s.cuckooedOccupant &&
    s.cceRisk === undefined &&
    s.cseRisk === undefined &&
    !s.assessedBy &&
    !s.assessedOn &&
    !s.notes
  );
}
