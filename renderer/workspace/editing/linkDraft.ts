import type { Classification, LinkKind } from '../../../shared/model';
import { linkSchema } from '../../../shared/model';
import type { NewLink } from '../../store/api';
import type { DraftResult } from './entityDraft';

export interface LinkAnswers {
  kind: LinkKind;
  strength: number;
  /** Empty for ungraded, else e.g. "2", "B", "P". */
  source: string;
  intelligence: string;
  handling: string;
  conditions: string;
  firstSeen: string;
  lastSeen: string;
  classification: Classification;
}

const STAMP = '2000-01-01T00:00:00.000Z';

function gradeOf(a: LinkAnswers) {
  if (!a.source && !a.intelligence && !a.handling) return {};
  return {
    grade: {
      scheme: '3x5x2',
      source: a.source,
      intelligence: a.intelligence,
      handling: a.handling,
      ...(a.conditions.trim() ? { conditions: a.conditions.trim() } : {}),
    },
  };
}

/** The link dialog's answers as a draft for `createLink`, checked with the store's own schema. */
export function linkDraft(source: string, target: string, a: LinkAnswers): DraftResult<NewLink> {
  const errors: Record<string, string> = {};
  const partsGiven = [a.source, a.intelligence, a.handling].filter(Boolean).length;
  if (partsGiven > 0 && partsGiven < 3) {
    errors.grade = 'A grade needs all three parts: source, intelligence and handling.';
  }
  const parsed = linkSchema.safeParse({
    id: 'lnk_00000000000000000000',
    workspaceId: 'ws_00000000000000000000',
    source,
    target,
    kind: a.kind,
    strength: a.strength,
    classification: a.classification,
    ...gradeOf(a),
    ...(a.firstSeen ? { firstSeen: a.firstSeen } : {}),
    ...(a.lastSeen ? { lastSeen: a.lastSeen } : {}),
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'grade' ? 'grade' : String(issue.path[0] ?? 'kind');
      errors[field] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { id: _id, workspaceId: _ws, createdAt: _c, updatedAt: _u, ...draft } = parsed.data;
  void [_id, _ws, _c, _u];
  return { ok: true, draft: draft as NewLink };
}
