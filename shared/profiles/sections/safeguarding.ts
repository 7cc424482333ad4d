import {
  cuckooedOccupantIds,
  highestRisk,
  riskRank,
  vulnerabilityIndicators,
} from '../../safeguarding';
import { AGENCY_TYPES, receivesSafeguardingDetails } from '../recipient';
import { otherEnd, rolesIn, type ProfileContext } from '../context';
import type { SafeguardingRow } from '../profileTypes';

/**
 * People in the focus and one step from it who show any vulnerability indicator. Built from
 * the redacted records, so a recipient without safeguarding details sees only what dates of
 * birth and the map itself say.
 */
export function safeguardingSection(ctx: ProfileContext): {
  rows: SafeguardingRow[];
  notice: string;
} {
  const nearby = new Set(ctx.focusIds);
  for (const l of ctx.focusLinks)
    for (const id of ctx.focusIds)
      if (l.source === id || l.target === id) nearby.add(otherEnd(l, id));
  const entities = [...ctx.entities.values()];
  const occupants = cuckooedOccupantIds(entities, ctx.links);
  const people = [...nearby]
    .map((id) => ctx.entities.get(id))
    .filter((e) => e?.kind === 'nominal')
    .map((e) => e as Extract<typeof e, { kind: 'nominal' }>);
  const rows = people
    .map((p) => ({ person: p, flags: vulnerabilityIndicators(p, ctx.date, occupants.has(p.id)) }))
    .filter((x) => x.flags.length > 0)
    .sort(
      (a, b) =>
        riskRank(highestRisk(b.person)) - riskRank(highestRisk(a.person)) ||
        a.person.label.localeCompare(b.person.label),
    )
    .map(({ person, flags }) => ({
      entityId: person.id,
      label: person.label,
      roles: rolesIn(ctx, person),
      flags: flags.map((f) => f.text),
    }));
  const notice = receivesSafeguardingDetails(ctx.recipient)
    ? ''
    : `Detailed safeguarding assessments are not shared with ${AGENCY_TYPES[ctx.recipient.agencyType].label.toLowerCase()}; any concern listed here comes from dates of birth and the map. Children at risk of exploitation are described as victims.`;
  return { rows, notice };
}
