import { highestClassification } from '../model';
import type { Classification, IntelItem, Link } from '../model';
import { DEMO_TIMESTAMP, DEMO_WORKSPACE_ID_PLACEHOLDER } from './constants';
import type { LinkBlock, LinkSpec } from './data/specs';
import { dayToIso, isoToDay, seededRandom, stableId } from './deterministic';

export interface LinkContext {
  entityIds: ReadonlyMap<string, string>;
  entityClassifications: ReadonlyMap<string, Classification>;
  intel: ReadonlyMap<string, IntelItem>;
}

function required<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The demo's links name an unknown ${what}: ${key}.`);
  return value;
}

/** First and last seen inside the block's period, drawn from a generator seeded by the link. */
function seenDates(seen: LinkBlock['seen'], linkKey: string) {
  if (!seen) return {};
  const random = seededRandom(parseInt(stableId('x', linkKey).slice(2, 10), 16));
  const from = isoToDay(seen.from);
  const to = isoToDay(seen.to);
  const first = from + Math.floor(random() * (to - from) * 0.5);
  const last = first + Math.floor((0.4 + 0.6 * random()) * (to - first));
  return { firstSeen: dayToIso(first), lastSeen: dayToIso(last) };
}

function buildLink(block: LinkBlock, spec: LinkSpec, context: LinkContext): Link {
  const [sourceKey, kind, targetKey, strength, extras = {}] = spec;
  const linkKey = `${sourceKey}|${kind}|${targetKey}`;
  const intel = block.intel.map((key) => required(context.intel, key, 'intelligence item'));
  const source = required(context.entityIds, sourceKey, 'entity');
  const target = required(context.entityIds, targetKey, 'entity');
  // A link reveals both its ends, so it is marked at least as high as either of them.
  const classification = highestClassification([
    ...intel.map((item) => item.classification),
    required(context.entityClassifications, source, 'entity'),
    required(context.entityClassifications, target, 'entity'),
  ]);
  return {
    id: stableId('lnk', `demo:link:${linkKey}`),
    workspaceId: DEMO_WORKSPACE_ID_PLACEHOLDER,
    source,
    target,
    kind,
    label: extras.label ?? '',
    strength,
    ...(intel[0] ? { grade: intel[0].grade } : {}),
    ...seenDates(block.seen, linkKey),
    ...(extras.callCount === undefined ? {} : { callCount: extras.callCount }),
    ...(extras.callSeconds === undefined ? {} : { callSeconds: extras.callSeconds }),
    provenance: intel.map((item) => item.id),
    classification,
    notes: extras.notes ?? '',
    createdAt: DEMO_TIMESTAMP,
    updatedAt: DEMO_TIMESTAMP,
  };
}

export function buildLinks(blocks: readonly LinkBlock[], context: LinkContext): Link[] {
  return blocks.flatMap((block) => block.links.map((spec) => buildLink(block, spec, context)));
}
