import type { Entity, EntityKind, Grade, IntelItem, Link } from '../model';
import type { DemoWorkspace } from './buildDemoWorkspace';
import {
  DEMO_PERIOD,
  DEMO_PLACES,
  DEMO_TIMESTAMP,
  DEMO_WORKSPACE_ID_PLACEHOLDER,
  FICTIONAL_NOTICE,
} from './constants';
import { dayToIso, isoToDay, seededRandom } from './deterministic';
import { syntheticEntity } from './syntheticEntity';
import { linkKindBetween, runsBackwards } from './syntheticLinks';

export interface SyntheticOptions {
  nodes: number;
  /** Links per entity on average (default 2): every entity starts at least floor(this) links. */
  linksPerNode?: number;
  seed?: number;
}

/** Shared and frozen: thousands of records point at the same few grades without copying them. */
const GRADES: readonly Grade[] = (
  [
    { scheme: '3x5x2', source: '1', intelligence: 'A', handling: 'P' },
    { scheme: '3x5x2', source: '1', intelligence: 'B', handling: 'P' },
    { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
    { scheme: '3x5x2', source: '2', intelligence: 'C', handling: 'P' },
    { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'C', conditions: 'Police only.' },
    { scheme: '3x5x2', source: '3', intelligence: 'D', handling: 'P' },
    { scheme: '5x5x5', source: 'B', intelligence: '2', handling: '4' },
  ] as Grade[]
).map((grade) => Object.freeze(grade));

/** Entities in the same community sit next to each other; most links stay inside one. */
function communityStart(community: number, groups: number, n: number): number {
  return groups + Math.ceil((community * (n - groups)) / groups);
}

interface LinkingContext {
  random: () => number;
  idOf: (prefix: string, i: number) => string;
  randomDay: (min?: number) => number;
  days: string[];
  entities: Entity[];
  kinds: EntityKind[];
  intel: IntelItem[];
  provenance: string[][];
}

/**
 * Gives each entity in turn a link, until there are n x linksPerNode: mostly to an entity of its
 * own community, sometimes to its group, now and then to anyone. Pairs of kinds with no sensible
 * link are retried, so a handful of links (well under 1%) may go unmade.
 */
function linkEntities(
  n: number,
  linksPerNode: number,
  groups: number,
  context: LinkingContext,
): Link[] {
  const { random, idOf, randomDay, days, entities, kinds, intel, provenance } = context;
  const workspaceId = DEMO_WORKSPACE_ID_PLACEHOLDER;
  const timestamp = DEMO_TIMESTAMP;
  const links: Link[] = [];
  const total = Math.round(n * linksPerNode);
  for (let k = 0; k < total; k++) {
    const s = k % n;
    const community =
      s < groups ? s : Math.min(groups - 1, Math.floor(((s - groups) * groups) / (n - groups)));
    const lo = communityStart(community, groups, n);
    const hi = communityStart(community + 1, groups, n);
    for (let attempt = 0; attempt < 6; attempt++) {
      const r = random();
      const t =
        r < 0.06
          ? community
          : r < 0.85
            ? lo + Math.floor(random() * (hi - lo))
            : Math.floor(random() * n);
      if (t === s) continue;
      const kind = linkKindBetween(kinds[s]!, kinds[t]!, random());
      if (!kind) continue;
      const backwards = runsBackwards(kinds[s]!, kinds[t]!);
      const intelIndex = Math.floor(random() * intel.length);
      const link: Link = {
        id: idOf('lnk', links.length),
        workspaceId,
        source: entities[backwards ? t : s]!.id,
        target: entities[backwards ? s : t]!.id,
        kind,
        label: '',
        strength: 1 + Math.floor(random() * 5),
        grade: GRADES[Math.floor(random() * GRADES.length)]!,
        provenance: provenance[intelIndex]!,
        classification: intel[intelIndex]!.classification,
        notes: '',
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      if (random() < 0.9) {
        const first = randomDay();
        link.firstSeen = days[first]!;
        link.lastSeen = days[randomDay(first)]!;
      }
      links.push(link);
      break;
    }
  }

  return links;
}

function checkOptions({ nodes, linksPerNode = 2 }: SyntheticOptions): void {
  if (!Number.isInteger(nodes) || nodes < 4 || nodes > 2_000_000) {
    throw new Error(
      `A synthetic workspace needs a whole number of entities from 4 to 2,000,000 (got ${nodes}).`,
    );
  }
  if (!(linksPerNode >= 0 && linksPerNode <= 50)) {
    throw new Error(`Links per entity must be between 0 and 50 (got ${linksPerNode}).`);
  }
}

/**
 * A large fictional workspace for benchmarks and end-to-end tests: deterministic for a given
 * seed, a mix of entity kinds, clustered around groups, with links dated over two years.
 */
export function buildSyntheticWorkspace(options: SyntheticOptions): DemoWorkspace {
  checkOptions(options);
  const { nodes: n, linksPerNode = 2, seed = 1 } = options;
  const random = seededRandom(seed);
  const tag = (seed >>> 0).toString(16).padStart(8, '0');
  const idOf = (prefix: string, i: number) => `${prefix}_${tag}${i.toString(16).padStart(12, '0')}`;
  const from = isoToDay(DEMO_PERIOD.from);
  const days = Array.from({ length: isoToDay(DEMO_PERIOD.to) - from + 1 }, (_, d) =>
    dayToIso(from + d),
  );
  const randomDay = (min = 0) => min + Math.floor(random() * (days.length - min));

  const intel: IntelItem[] = Array.from({ length: Math.max(5, Math.ceil(n / 100)) }, (_, i) => ({
    id: idOf('int', i),
    workspaceId: DEMO_WORKSPACE_ID_PLACEHOLDER,
    reference: `SYN/${seed}/${i + 1}`,
    date: days[randomDay()] ?? DEMO_PERIOD.from,
    grade: GRADES[i % GRADES.length]!,
    summary: `Synthetic report ${i + 1}. ${FICTIONAL_NOTICE}`,
    classification: i % 10 === 0 ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL',
    createdAt: DEMO_TIMESTAMP,
    updatedAt: DEMO_TIMESTAMP,
  }));

  // One frozen provenance list per report, shared by every record that cites it.
  const provenance = intel.map((item) => Object.freeze([item.id]) as string[]);
  const groups = Math.max(1, Math.min(Math.round(n / 250), Math.floor(n / 4)));
  const entities: Entity[] = new Array<Entity>(n);
  const kinds: EntityKind[] = new Array<EntityKind>(n);
  const counters = { phone: 0, vehicle: 0, location: 0 };
  for (let i = 0; i < n; i++) {
    const cites = provenance[i % intel.length]!;
    const entity = syntheticEntity(i, groups, random, counters, {
      id: idOf('ent', i),
      provenance: cites,
    });
    entities[i] = entity;
    kinds[i] = entity.kind;
  }

  const links = linkEntities(n, linksPerNode, groups, {
    random,
    idOf,
    randomDay,
    days,
    entities,
    kinds,
    intel,
    provenance,
  });

  const description = `${FICTIONAL_NOTICE} Synthetic workspace for benchmarks: ${n} entities, seed ${seed}; around ${DEMO_PLACES.town.name} and ${DEMO_PLACES.city.name}.`;
  return {
    workspace: {
      name: `Synthetic workspace (${n} entities, seed ${seed})`,
      description,
      classification: 'OFFICIAL-SENSITIVE',
      fictional: true,
    },
    entities,
    links,
    intel,
  };
}
