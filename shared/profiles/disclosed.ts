import type { Link } from '../model';
import { namedIds, type ProfileContext } from './context';
import type { ProfileDocument, ProfileSection } from './profileTypes';
import { focusIntel } from './sections/intelligence';

/**
 * Ids of every record the document shows, for the disclosure log (DPA 2018 s.62) and for the
 * marking. Where a section's exact use is hard to pin down it errs towards naming more: a log
 * that lists a record shown is required, one that misses it is a breach.
 */
export function disclosedIds(
  sections: readonly ProfileSection[],
  ctx: ProfileContext,
): ProfileDocument['disclosed'] {
  const entityIds = new Set<string>([ctx.subject.id]);
  const linkIds = new Set<string>();
  const intelIds = new Set<string>();
  /** Orders and safeguarding records shown. */
  const recordIds = new Set<string>();
  const addLinks = (links: readonly Link[]) => {
    for (const l of links) {
      linkIds.add(l.id);
      entityIds.add(l.source);
      entityIds.add(l.target);
    }
  };
  for (const { body } of sections) {
    switch (body.id) {
      case 'summary':
      case 'associates':
        addLinks(
          ctx.links.filter((l) => l.source === ctx.subject.id || l.target === ctx.subject.id),
        );
        break;
      case 'timeline':
        addLinks(ctx.focusLinks);
        focusIntel(ctx).forEach((i) => intelIds.add(i.id));
        break;
      case 'intelligence':
        focusIntel(ctx).forEach((i) => intelIds.add(i.id));
        break;
      case 'safeguarding':
      case 'measures':
        body.rows.forEach((r) => entityIds.add(r.entityId));
        break;
      case 'network':
        body.nodeIds.forEach((id) => entityIds.add(id));
        body.linkIds.forEach((id) => linkIds.add(id));
        break;
      case 'orders':
        for (const r of body.rows) {
          recordIds.add(r.orderId);
          r.boundIds.forEach((id) => entityIds.add(id));
        }
        break;
      case 'referrals':
        for (const r of body.rows) {
          recordIds.add(r.recordId);
          const shown = ctx.safeguardingRecords.find((s) => s.id === r.recordId);
          (shown ? namedIds(shown) : [r.personId]).forEach((id) => entityIds.add(id));
          if (shown?.kind === 'missing_episode' && shown.foundAtId) entityIds.add(shown.foundAtId);
        }
        break;
      case 'plan':
        for (const a of ctx.plan?.actions ?? []) {
          if (a.targetIds.every((id) => ctx.entities.has(id)))
            a.targetIds.forEach((id) => entityIds.add(id));
        }
        break;
    }
  }
  return {
    entityIds: [...entityIds].sort(),
    linkIds: [...linkIds].sort(),
    intelIds: [...intelIds].sort(),
    recordIds: [...recordIds].sort(),
  };
}
