/**
 * Merging duplicate entities into one, as a pure function so that the store's command and the
 * tests share it. Nothing is thrown away: the kept record gains the others' names as aliases, their
 * provenance and any attribute it lacked; every link moves to the kept record; a link that would
 * join the kept record to itself cannot exist, so it is set aside in the merge record and comes
 * back on un-merge.
 */
import { z } from 'zod';
import {
  CLASSIFICATIONS,
  RISK_LEVELS,
  entitySchema,
  isoInstantSchema,
  linkSchema,
  type Entity,
  type Link,
  type Safeguarding,
} from '../model';
import { referringRecordsSchema } from '../references';
import { recordIdSchema as idSchema } from '../model';

/** What un-merge needs to put everything back exactly as it was. */
export const mergeRecordSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  keepId: idSchema,
  mergedIds: z.array(idSchema).min(1).max(100),
  /** The kept entity, the merged entities and every link they had, before the merge. */
  before: z.object({
    keep: entitySchema,
    merged: z.array(entitySchema).min(1).max(100),
    links: z.array(linkSchema).max(100_000),
    /** Orders, safeguarding records and register entries the merge re-pointed or folded. */
    records: referringRecordsSchema.optional(),
  }),
  mergedBy: z.string().max(200).default(''),
  score: z.number().min(0).max(1).optional(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type MergeRecord = z.infer<typeof mergeRecordSchema>;

export interface MergeOutcome {
  keep: Entity;
  /** Links re-pointed at the kept entity (new versions of existing links). */
  moved: Link[];
  /** Links between the kept entity and one it absorbs: set aside, restored on un-merge. */
  setAside: Link[];
}

/** Raised when a merge would mix kinds or workspaces; the message is for the analyst. */
export class MergeError extends Error {
  override name = 'MergeError';
}

export function mergeEntities(
  keep: Entity,
  merged: readonly Entity[],
  touching: readonly Link[],
  now: string,
): MergeOutcome {
  if (merged.length === 0) throw new MergeError('Choose at least one record to merge.');
  for (const m of merged) {
    if (m.id === keep.id) throw new MergeError('A record cannot be merged into itself.');
    if (m.kind !== keep.kind)
      throw new MergeError(
        `"${m.label}" is a ${m.kind} and "${keep.label}" a ${keep.kind}; only records of one kind can be merged.`,
      );
    if (m.workspaceId !== keep.workspaceId)
      throw new MergeError('Records from different workspaces cannot be merged.');
  }
  const absorbed = new Set(merged.map((m) => m.id));
  const moved: Link[] = [];
  const setAside: Link[] = [];
  for (const link of touching) {
    const source = absorbed.has(link.source) ? keep.id : link.source;
    const target = absorbed.has(link.target) ? keep.id : link.target;
    if (source === link.source && target === link.target) continue;
    if (source === target) setAside.push(link);
    else moved.push({ ...link, source, target, updatedAt: now });
  }
  return { keep: mergedRecord(keep, merged, now), moved, setAside };
}

function mergedRecord(keep: Entity, merged: readonly Entity[], now: string): Entity {
  const all = [keep, ...merged];
  const provenance = unique(all.flatMap((e) => e.provenance));
  const classification =
    CLASSIFICATIONS[Math.max(...all.map((e) => CLASSIFICATIONS.indexOf(e.classification)))]!;
  const reviews = all
    .map((e) => e.reviewDate)
    .filter((d): d is string => !!d)
    .sort();
  const notes = [
    keep.notes,
    ...merged.map((m) => `Merged from "${m.label}" (${m.id}).${m.notes ? ` ${m.notes}` : ''}`),
  ]
    .filter(Boolean)
    .join('\n')
    .slice(0, 10_000);
  const base = {
    ...keep,
    provenance: provenance.slice(0, 1000),
    classification,
    notes,
    updatedAt: now,
  };
  if (reviews[0]) base.reviewDate = reviews[0];
  return { ...base, attrs: mergedAttrs(keep, merged) } as Entity;
}

function mergedAttrs(keep: Entity, merged: readonly Entity[]): Entity['attrs'] {
  const attrs: Record<string, unknown> = { ...keep.attrs };
  for (const m of merged) {
    for (const [k, v] of Object.entries(m.attrs))
      if (isEmpty(attrs[k]) && !isEmpty(v)) attrs[k] = v;
  }
  if ('aliases' in keep.attrs) {
    const names = [
      ...keep.attrs.aliases,
      ...merged.flatMap((m) => [m.label, ...('aliases' in m.attrs ? m.attrs.aliases : [])]),
    ];
    const seen = new Set([keep.label.trim().toLowerCase()]);
    attrs.aliases = names
      .filter((n) => {
        const k = n.trim().toLowerCase();
        if (!k || seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .slice(0, 100);
  }
  if (keep.kind === 'nominal') {
    const people = [keep, ...merged].filter((e) => e.kind === 'nominal');
    attrs.roles = unique(people.flatMap((p) => p.attrs.roles)).slice(0, 5);
    const flags = people.map((p) => p.attrs.safeguarding).filter((s): s is Safeguarding => !!s);
    if (flags.length > 0) attrs.safeguarding = mergedSafeguarding(flags);
  }
  return attrs as Entity['attrs'];
}

/** The most protective reading of each flag: a child at risk in either record stays at risk. */
function mergedSafeguarding(all: readonly Safeguarding[]): Safeguarding {
  const worst = (pick: (s: Safeguarding) => Safeguarding['cceRisk']) => {
    const ranks = all.map(pick).filter((r): r is NonNullable<typeof r> => !!r);
    return ranks.sort((a, b) => RISK_LEVELS.indexOf(a) - RISK_LEVELS.indexOf(b))[0];
  };
  const latest = [...all].sort((a, b) =>
    (b.assessedOn ?? '').localeCompare(a.assessedOn ?? ''),
  )[0]!;
  const out: Safeguarding = {
    vulnerable: all.some((s) => s.vulnerable),
    missingEpisodes: Math.max(...all.map((s) => s.missingEpisodes)),
    lookedAfter: all.some((s) => s.lookedAfter),
    excludedOrReducedTimetable: all.some((s) => s.excludedOrReducedTimetable),
    cuckooedOccupant: all.some((s) => s.cuckooedOccupant),
  };
  const cce = worst((s) => s.cceRisk);
  const cse = worst((s) => s.cseRisk);
  if (cce) out.cceRisk = cce;
  if (cse) out.cseRisk = cse;
  if (latest.assessedBy) out.assessedBy = latest.assessedBy;
  if (latest.assessedOn) out.assessedOn = latest.assessedOn;
  const notes = all
    .map((s) => s.notes)
    .filter(Boolean)
    .join('\n');
  if (notes) out.notes = notes.slice(0, 4000);
  return out;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
