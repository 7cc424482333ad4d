import {
  HANDLING_CODES,
  INTELLIGENCE_ASSESSMENTS,
  SOURCE_EVALUATIONS,
} from '../../../shared/model';
import type { FieldSpec } from './fields';

/** A 3x5x2 grade's three parts and its conditions, each option in the APP's own words. */
export function gradeFields(blankLabel: string, group?: string): FieldSpec[] {
  const blank = { value: '', label: blankLabel };
  const worded = (words: Record<string, string>) => [
    blank,
    ...Object.entries(words).map(([value, label]) => ({ value, label: `${value}: ${label}` })),
  ];
  const inGroup = group ? { group } : {};
  return [
    {
      path: 'grade.source',
      label: 'Source evaluation',
      type: 'select',
      options: worded(SOURCE_EVALUATIONS),
      ...inGroup,
    },
    {
      path: 'grade.intelligence',
      label: 'Intelligence assessment',
      type: 'select',
      options: worded(INTELLIGENCE_ASSESSMENTS),
      ...inGroup,
    },
    {
      path: 'grade.handling',
      label: 'Handling code',
      type: 'select',
      options: worded(HANDLING_CODES),
      ...inGroup,
    },
    {
      path: 'grade.conditions',
      label: 'Handling conditions',
      type: 'textarea',
      hint: 'Required with handling code C: who may receive it, and on what terms',
      ...inGroup,
    },
  ];
}
