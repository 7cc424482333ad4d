import { capitalisedPhrase, describeGrade, ENTITY_KINDS, formatGrade } from '../../model';
import { otherEnd, rolesIn, type ProfileContext } from '../context';
import type { AssociateRow } from '../profileTypes';

export function associateRows(ctx: ProfileContext): AssociateRow[] {
  const id = ctx.subject.id;
  const rows: AssociateRow[] = [];
  for (const l of ctx.links) {
    if (l.source !== id && l.target !== id) continue;
    const other = ctx.entities.get(otherEnd(l, id));
    if (!other) continue;
    rows.push({
      entityId: other.id,
      label: other.label,
      kind: other.kind,
      kindLabel: ENTITY_KINDS[other.kind].label,
      roles: other.kind === 'nominal' ? rolesIn(ctx, other) : undefined,
      relation: capitalisedPhrase(l, id),
      grade: l.grade ? formatGrade(l.grade) : 'Not graded',
      gradeMeaning: l.grade
        ? describeGrade(l.grade)
        : 'No grade is recorded on this link itself; treat it with caution',
      strength: l.strength,
    });
  }
  return rows.sort((a, b) => b.strength - a.strength || a.label.localeCompare(b.label));
}
