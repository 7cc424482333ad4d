import {
  HANDLING_CODES,
  INTELLIGENCE_ASSESSMENTS,
  LEGACY_HANDLING,
  LEGACY_INTELLIGENCE,
  LEGACY_SOURCE,
  SOURCE_EVALUATIONS,
  formatGrade,
  type Grade,
} from '../../model';

/**
 * i2 charts hold three lists of grade texts (GradeOne, GradeTwo, GradeThree) and each chart
 * item or card points into them by index. We write 3x5x2 first, then the legacy 5x5x5 codes,
 * and read any chart's lists by the code each text starts with.
 *
 * Unsure of the schema: we take GradeOneIndex and friends as 0-based positions in the chart's
 * StringCollection, as charts written by other tools do; we have no i2-produced chart to confirm.
 */
const list = (codes: Record<string, string>, suffix = '') =>
  Object.entries(codes).map(([c, t]) => `${c} - ${t}${suffix}`);
const MODERN = [
  list(SOURCE_EVALUATIONS),
  list(INTELLIGENCE_ASSESSMENTS),
  list(HANDLING_CODES),
] as const;
const LEGACY = [
  list(LEGACY_SOURCE, ' (5x5x5)'),
  list(LEGACY_INTELLIGENCE, ' (5x5x5)'),
  list(LEGACY_HANDLING, ' (5x5x5)'),
] as const;

export const GRADE_ONE = [...MODERN[0], ...LEGACY[0]];
export const GRADE_TWO = [...MODERN[1], ...LEGACY[1]];
export const GRADE_THREE = [...MODERN[2], ...LEGACY[2]];

export interface GradeIndexes {
  GradeOneIndex: number;
  GradeTwoIndex: number;
  GradeThreeIndex: number;
}

export function gradeToIndexes(grade: Grade): GradeIndexes {
  const legacy = grade.scheme === '5x5x5';
  const at = (n: 0 | 1 | 2, code: string) => {
    const i = (legacy ? LEGACY : MODERN)[n].findIndex((t) => t.startsWith(`${code} - `));
    return legacy ? MODERN[n].length + i : i;
  };
  return {
    GradeOneIndex: at(0, grade.source),
    GradeTwoIndex: at(1, grade.intelligence),
    GradeThreeIndex: at(2, grade.handling),
  };
}

function codeAt(texts: readonly string[], index: string | undefined): string | undefined {
  if (index === undefined || !/^\d+$/.test(index)) return undefined;
  return /^\s*([0-9A-Za-z])\b/.exec(texts[Number(index)] ?? '')?.[1]?.toUpperCase();
}

/** A grade from a chart's indexes, or undefined when the item is ungraded or graded otherwise. */
export function indexesToGrade(
  attrs: Record<string, string>,
  lists: { one: readonly string[]; two: readonly string[]; three: readonly string[] },
  conditions: string | undefined,
): Grade | undefined {
  const s = codeAt(lists.one, attrs.GradeOneIndex);
  const i = codeAt(lists.two, attrs.GradeTwoIndex);
  const h = codeAt(lists.three, attrs.GradeThreeIndex);
  if (!s || !i || !h) return undefined;
  if (/^[123]$/.test(s) && /^[A-E]$/.test(i) && /^[PC]$/.test(h)) {
    const handling = h as 'P' | 'C';
    // A chart may grade C without writing the conditions down; say so rather than drop the grade.
    const text =
      handling === 'C' ? conditions || '(conditions not recorded in the i2 chart)' : conditions;
    return {
      scheme: '3x5x2',
      source: s as '1',
      intelligence: i as 'A',
      handling,
      ...(text ? { conditions: text } : {}),
    };
  }
  if (/^[A-E]$/.test(s) && /^[1-5]$/.test(i) && /^[1-5]$/.test(h)) {
    return {
      scheme: '5x5x5',
      source: s as 'A',
      intelligence: i as '1',
      handling: h as '1',
      ...(conditions ? { conditions } : {}),
    };
  }
  return undefined;
}

/** A chart item's grade as analysts write it ("2B P"), or the chart's own texts when not 3x5x2. */
export function formatIndexes(
  attrs: Record<string, string>,
  lists: { one: readonly string[]; two: readonly string[]; three: readonly string[] },
): string | undefined {
  const grade = indexesToGrade(attrs, lists, undefined);
  if (grade) return formatGrade(grade);
  const texts = [
    [lists.one, attrs.GradeOneIndex],
    [lists.two, attrs.GradeTwoIndex],
    [lists.three, attrs.GradeThreeIndex],
  ].flatMap(([list, index]) => {
    const text = /^\d+$/.test((index as string | undefined) ?? '')
      ? (list as readonly string[])[Number(index)]
      : undefined;
    return text ? [text] : [];
  });
  return texts.length ? texts.join(' / ') : undefined;
}
