import type { Grade, HandlingCode, IntelligenceAssessment, SourceEvaluation } from '../model';
import { filterLinks } from './filters';
import type { Filter } from './filters';

/**
 * Reads a legacy 5x5x5 grade on the 3x5x2 scales, so one minimum applies to both. An
 * approximation, stated so that analysts can judge it: sources A/B count as reliable, D as not
 * reliable, C and E as untested; intelligence 1/2 as known directly, 3 as corroborated, 4 as not
 * known and 5 as suspected false; handling codes 4 and 5 (no wider dissemination) as conditional.
 */
export function asThreeByFiveByTwo(grade: Grade): {
  source: SourceEvaluation;
  intelligence: IntelligenceAssessment;
  handling: HandlingCode;
} {
  if (grade.scheme === '3x5x2') return grade;
  const source = ({ A: '1', B: '1', C: '2', D: '3', E: '2' } as const)[grade.source];
  const intelligence = ({ '1': 'A', '2': 'A', '3': 'B', '4': 'D', '5': 'E' } as const)[
    grade.intelligence
  ];
  const handling = grade.handling === '4' || grade.handling === '5' ? 'C' : 'P';
  return { source, intelligence, handling };
}

export interface GradeMinimum {
  /** Worst source evaluation still shown: '1' shows only reliable sources. */
  source?: SourceEvaluation;
  /** Worst intelligence assessment still shown: 'B' shows A and B. */
  intelligence?: IntelligenceAssessment;
  /** Whether links with no grade at all stay visible (default: yes). */
  includeUngraded?: boolean;
}

/** Hides links graded below a minimum (1 is better than 3, A better than E). */
export function byGradeMinimum(minimum: GradeMinimum): Filter {
  return filterLinks((edge) => {
    if (!edge.grade) return minimum.includeUngraded ?? true;
    const grade = asThreeByFiveByTwo(edge.grade);
    const sourceOk = !minimum.source || grade.source <= minimum.source;
    const intelOk = !minimum.intelligence || grade.intelligence <= minimum.intelligence;
    return sourceOk && intelOk;
  });
}

/** Keeps links whose handling code is allowed, e.g. ['P'] to leave out conditional material. */
export function byHandlingCode(
  allowed: Iterable<HandlingCode>,
  options: { includeUngraded?: boolean } = {},
): Filter {
  const codes = new Set(allowed);
  return filterLinks((edge) =>
    edge.grade
      ? codes.has(asThreeByFiveByTwo(edge.grade).handling)
      : (options.includeUngraded ?? true),
  );
}
