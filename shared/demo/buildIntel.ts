import type { IntelItem } from '../model';
import { DEMO_TIMESTAMP, DEMO_WORKSPACE_ID_PLACEHOLDER, FICTIONAL_NOTICE } from './constants';
import type { IntelSpec } from './data/specs';
import { stableId } from './deterministic';
import { parseGradeCode } from './gradeCode';
import { defaultReviewDate } from './reviewDates';

export function intelId(key: string): string {
  return stableId('int', `demo:intel:${key}`);
}

export function buildIntelItem(spec: IntelSpec): IntelItem {
  return {
    id: intelId(spec.key),
    workspaceId: DEMO_WORKSPACE_ID_PLACEHOLDER,
    reference: spec.reference,
    date: spec.date,
    grade: parseGradeCode(spec.grade, spec.conditions),
    summary: `${spec.summary} ${FICTIONAL_NOTICE}`,
    classification: spec.classification ?? 'OFFICIAL',
    reviewDate: spec.reviewDate ?? defaultReviewDate(spec.key),
    createdAt: DEMO_TIMESTAMP,
    updatedAt: DEMO_TIMESTAMP,
  };
}
