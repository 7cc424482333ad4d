import { z } from 'zod';

/**
 * The 3x5x2 intelligence grading of the College of Policing's APP on intelligence management
 * (in force since about 2016), plus the older 5x5x5 so that legacy records stay readable.
 */

export const SOURCE_EVALUATIONS = {
  '1': 'Reliable',
  '2': 'Untested',
  '3': 'Not reliable',
} as const;
export type SourceEvaluation = keyof typeof SOURCE_EVALUATIONS;

export const INTELLIGENCE_ASSESSMENTS = {
  A: 'Known directly to the source',
  B: 'Known indirectly to the source but corroborated',
  C: 'Known indirectly to the source',
  D: 'Not known',
  E: 'Suspected to be false or malicious',
} as const;
export type IntelligenceAssessment = keyof typeof INTELLIGENCE_ASSESSMENTS;

export const HANDLING_CODES = {
  P: 'Lawful sharing permitted',
  C: 'Lawful sharing permitted with conditions',
} as const;
export type HandlingCode = keyof typeof HANDLING_CODES;

export const grade3x5x2Schema = z
  .object({
    scheme: z.literal('3x5x2'),
    source: z.enum(['1', '2', '3']),
    intelligence: z.enum(['A', 'B', 'C', 'D', 'E']),
    handling: z.enum(['P', 'C']),
    /** Written conditions; required when the handling code is C. */
    conditions: z.string().max(2000).optional(),
  })
  .refine((g) => g.handling !== 'C' || (g.conditions ?? '').trim().length > 0, {
    message: 'Handling code C needs its conditions written down',
    path: ['conditions'],
  });
export type Grade3x5x2 = z.infer<typeof grade3x5x2Schema>;

/** 5x5x5 (pre-2016): source A-E, intelligence 1-5, handling 1-5. Read-only legacy. */
export const LEGACY_SOURCE = {
  A: 'Always reliable',
  B: 'Mostly reliable',
  C: 'Sometimes reliable',
  D: 'Unreliable',
  E: 'Untested source',
} as const;
export const LEGACY_INTELLIGENCE = {
  '1': 'Known to be true without reservation',
  '2': 'Known personally to source but not to officer',
  '3': 'Not personally known to source but corroborated',
  '4': 'Cannot be judged',
  '5': 'Suspected to be false',
} as const;
export const LEGACY_HANDLING = {
  '1': 'May be disseminated to other law enforcement and prosecuting agencies',
  '2': 'May be disseminated to UK non-prosecuting parties',
  '3': 'May be disseminated to non-EU law enforcement agencies',
  '4': 'Only disseminate within originating agency',
  '5': 'No further dissemination; refer to originator',
} as const;

export const grade5x5x5Schema = z.object({
  scheme: z.literal('5x5x5'),
  source: z.enum(['A', 'B', 'C', 'D', 'E']),
  intelligence: z.enum(['1', '2', '3', '4', '5']),
  handling: z.enum(['1', '2', '3', '4', '5']),
  conditions: z.string().max(2000).optional(),
});
export type Grade5x5x5 = z.infer<typeof grade5x5x5Schema>;

export const gradeSchema = z.union([grade3x5x2Schema, grade5x5x5Schema]);
export type Grade = z.infer<typeof gradeSchema>;

/** Short code as analysts write it, e.g. "2B P" or "B2 4" for a legacy grade. */
export function formatGrade(grade: Grade): string {
  if (grade.scheme === '3x5x2') return `${grade.source}${grade.intelligence} ${grade.handling}`;
  return `${grade.source}${grade.intelligence}${grade.handling} (5x5x5)`;
}

export function describeGrade(grade: Grade): string {
  if (grade.scheme === '3x5x2') {
    const parts = [
      `Source: ${SOURCE_EVALUATIONS[grade.source]}`,
      `Intelligence: ${INTELLIGENCE_ASSESSMENTS[grade.intelligence]}`,
      `Handling: ${HANDLING_CODES[grade.handling]}`,
    ];
    if (grade.conditions) parts.push(`Conditions: ${grade.conditions}`);
    return parts.join('; ');
  }
  return [
    `Source: ${LEGACY_SOURCE[grade.source]}`,
    `Intelligence: ${LEGACY_INTELLIGENCE[grade.intelligence]}`,
    `Handling: ${LEGACY_HANDLING[grade.handling]}`,
    '(legacy 5x5x5 grade)',
  ].join('; ');
}

/**
 * Whether a grade counts as weak for display (dashed lines) and for strongest-path weights:
 * an unreliable source, or intelligence not known or suspected false.
 */
export function isWeakGrade(grade: Grade | undefined): boolean {
  if (!grade) return false;
  if (grade.scheme === '3x5x2') {
    return grade.source === '3' || grade.intelligence === 'D' || grade.intelligence === 'E';
  }
  return grade.source === 'D' || grade.intelligence === '4' || grade.intelligence === '5';
}

/** A factor in (0, 1] used to weight links by how far their grading can be trusted. */
export function gradeConfidence(grade: Grade | undefined): number {
  if (!grade) return 0.5;
  if (grade.scheme === '3x5x2') {
    const s = { '1': 1, '2': 0.7, '3': 0.4 }[grade.source];
    const i = { A: 1, B: 0.85, C: 0.65, D: 0.4, E: 0.1 }[grade.intelligence];
    return s * i;
  }
  const s = { A: 1, B: 0.85, C: 0.65, D: 0.4, E: 0.6 }[grade.source];
  const i = { '1': 1, '2': 0.85, '3': 0.75, '4': 0.4, '5': 0.1 }[grade.intelligence];
  return s * i;
}
