import type { Entity, Link } from '../../../shared/model';
import { ENTITY_KINDS, LINK_KINDS, formatGrade } from '../../../shared/model';
import type { SafeguardingReason } from '../elements';
import { safeguardingReason } from '../elements';

export interface EntityRow {
  id: string;
  label: string;
  kind: string;
  detail: string;
  safeguarding: string;
  links: number;
  classification: string;
  reviewDate: string;
}

export interface LinkRow {
  id: string;
  from: string;
  /** The kind as its verb from the source, so a row reads "From, exploits, To". */
  kind: string;
  to: string;
  strength: number;
  grade: string;
  firstSeen: string;
  lastSeen: string;
}

const SAFEGUARDING_WORDS: Record<SafeguardingReason, string> = {
  child: 'Child',
  vulnerable: 'Vulnerable adult',
};

/** The one fact that tells two entities of the same kind apart at a glance. */
export function keyDetail(entity: Entity): string {
  switch (entity.kind) {
    case 'nominal':
      return [
        entity.attrs.dateOfBirth ? `born ${entity.attrs.dateOfBirth}` : '',
        entity.attrs.aliases.join(', '),
      ]
        .filter(Boolean)
        .join('; ');
    case 'location':
      return [entity.attrs.postcode ?? '', entity.attrs.use.replace('_', ' ')]
        .filter(Boolean)
        .join(', ');
    case 'phone':
      return [entity.attrs.number, entity.attrs.dealLineBrand ?? ''].filter(Boolean).join(' ');
    case 'vehicle':
      return [entity.attrs.registration, entity.attrs.make, entity.attrs.model]
        .filter(Boolean)
        .join(' ');
    case 'ocg':
    case 'usg':
      return entity.attrs.area ?? '';
    case 'organisation':
      return entity.attrs.sector ?? '';
    case 'other':
      return entity.attrs.type;
  }
}

export function entityRows(
  entities: ReadonlyMap<string, Entity>,
  links: ReadonlyMap<string, Link>,
  today: string,
) {
  const degree = new Map<string, number>();
  for (const l of links.values()) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  return [...entities.values()].map((e): EntityRow => {
    const reason = safeguardingReason(e, today);
    return {
      id: e.id,
      label: e.label,
      kind: ENTITY_KINDS[e.kind].label,
      detail: keyDetail(e),
      safeguarding: reason ? SAFEGUARDING_WORDS[reason] : '',
      links: degree.get(e.id) ?? 0,
      classification: e.classification,
      reviewDate: e.reviewDate ?? '',
    };
  });
}

export function linkRows(
  entities: ReadonlyMap<string, Entity>,
  links: ReadonlyMap<string, Link>,
): LinkRow[] {
  const name = (id: string) => entities.get(id)?.label ?? '(missing entity)';
  return [...links.values()].map((l) => ({
    id: l.id,
    from: name(l.source),
    kind: LINK_KINDS[l.kind].forward,
    to: name(l.target),
    strength: l.strength,
    grade: l.grade ? formatGrade(l.grade) : '',
    firstSeen: l.firstSeen ?? '',
    lastSeen: l.lastSeen ?? '',
  }));
}
