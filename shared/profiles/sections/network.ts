import { withinHops, type ProfileContext } from '../context';

/** Ids for the chart: records within the configured number of steps, and the links among them. */
export function networkIds(ctx: ProfileContext): {
  nodeIds: string[];
  linkIds: string[];
  description: string;
} {
  const nodes = withinHops(ctx.subject.id, ctx.links, ctx.networkHops);
  const linkIds = ctx.links
    .filter((l) => nodes.has(l.source) && nodes.has(l.target))
    .map((l) => l.id);
  const steps = ctx.networkHops === 1 ? 'one step' : `${ctx.networkHops} steps`;
  const description = `${nodes.size} record${nodes.size === 1 ? '' : 's'} and ${linkIds.length} link${linkIds.length === 1 ? '' : 's'} within ${steps} of ${ctx.subject.label}.`;
  return { nodeIds: [...nodes].sort(), linkIds: linkIds.sort(), description };
}
