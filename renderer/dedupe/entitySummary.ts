import { ENTITY_KINDS, type Entity } from '../../shared/model';

/** The facts a reviewer compares side by side, as label/value lines. */
export function entitySummary(e: Entity, linkCount: number): [string, string][] {
  const rows: [string, string][] = [
    ['Kind', ENTITY_KINDS[e.kind].label],
    ['Label', e.label],
  ];
  switch (e.kind) {
    case 'nominal':
      rows.push(['Forenames', e.attrs.forenames], ['Surname', e.attrs.surname]);
      if (e.attrs.aliases.length) rows.push(['Aliases', e.attrs.aliases.join(', ')]);
      if (e.attrs.dateOfBirth) rows.push(['Date of birth', e.attrs.dateOfBirth]);
      break;
    case 'phone':
      rows.push(['Number', e.attrs.number]);
      break;
    case 'vehicle':
      rows.push(['Registration', e.attrs.registration]);
      break;
    case 'location':
      rows.push(['Address', e.attrs.address]);
      if (e.attrs.postcode) rows.push(['Postcode', e.attrs.postcode]);
      break;
    case 'ocg':
    case 'usg':
      if (e.attrs.aliases.length) rows.push(['Aliases', e.attrs.aliases.join(', ')]);
      break;
    case 'organisation':
      break;
  }
  rows.push(
    ['Links', String(linkCount)],
    ['Intelligence items cited', String(e.provenance.length)],
  );
  rows.push(['Last changed', e.updatedAt.slice(0, 10)]);
  return rows;
}

export function linkCounts(
  links: Iterable<{ source: string; target: string }>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of links) {
    out.set(l.source, (out.get(l.source) ?? 0) + 1);
    out.set(l.target, (out.get(l.target) ?? 0) + 1);
  }
  return out;
}
