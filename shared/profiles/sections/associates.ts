import { describeGrade, ENTITY_KINDS, formatGrade, LINK_KINDS, type LinkKind } from '../../model';
import { describeRoles } from '../../safeguarding';
import { otherEnd, type ProfileContext } from '../context';
import type { AssociateRow } from '../profileTypes';

/** How a directed link reads from its target's side, so every row reads "subject <relation> them". */
const INVERSE: Partial<Record<LinkKind, string>> = {
  member_of: 'Has member',
  controls: 'Controlled by',
  runs_line: 'Deal line run by',
  uses_phone: 'Phone used by',
  resides_at: 'Home of',
  frequents: 'Frequented by',
  cuckooed: 'Cuckooed-address link with',
  supplies: 'Supplied by',
  exploits: 'Exploited by',
  calls: 'Called by',
  uses_vehicle: 'Vehicle used by',
  owns: 'Owned by',
  employed_by: 'Employs',
};

export function relationFromSubject(kind: LinkKind, subjectIsSource: boolean): string {
  const { label, directed } = LINK_KINDS[kind];
  if (subjectIsSource || !directed) return label;
  return INVERSE[kind] ?? `${label} (inward)`;
}

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
      roles: other.kind === 'nominal' ? describeRoles(other) : undefined,
      relation: relationFromSubject(l.kind, l.source === id),
      grade: l.grade ? formatGrade(l.grade) : 'Not graded',
      gradeMeaning: l.grade
        ? describeGrade(l.grade)
        : 'No intelligence grade recorded for this link',
      strength: l.strength,
    });
  }
  return rows.sort((a, b) => b.strength - a.strength || a.label.localeCompare(b.label));
}
