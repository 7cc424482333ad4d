import type { Entity, Link } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';
import { emptyWorkspaceMaps } from '../store/loaded-workspace';
import { WORKSPACE_ID, link, mapOf, person, phone, place, sampleId } from './factories';

const PLACEMENT_ID = sampleId('plc', 1);

/** A deterministic pseudo-random sequence (mulberry32), so every run draws the same map. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large map for measuring the first draw: `nodes` entities, three links each, with saved
 * positions spread over a square, like a workspace reopened after a layout.
 */
export function syntheticLoaded(nodes: number): {
  loaded: LoadedWorkspace;
  positions: Map<string, { x: number; y: number }>;
} {
  const rand = random(42);
  const entities: Entity[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  const side = Math.sqrt(nodes) * 90;
  for (let i = 0; i < nodes; i += 1) {
    const id = sampleId('ent', i + 1);
    const roll = i % 10;
    entities.push(
      roll < 7
        ? person(id, `Nominal ${i + 1}`)
        : roll < 9
          ? phone(id, `Phone ${i + 1}`, `+4477009${String(i).padStart(5, '0')}`)
          : place(id, `${i + 1} Example Road`),
    );
    positions.set(id, { x: rand() * side, y: rand() * side });
  }
  const links: Link[] = [];
  const kinds: Link['kind'][] = ['associate', 'calls', 'uses_phone', 'frequents', 'supplies'];
  for (let i = 0; i < nodes * 3; i += 1) {
    const a = Math.floor(rand() * nodes);
    let b = Math.floor(rand() * nodes);
    if (b === a) b = (a + 1) % nodes;
    links.push(
      link(
        sampleId('lnk', i + 1),
        sampleId('ent', a + 1),
        sampleId('ent', b + 1),
        kinds[i % kinds.length] ?? 'associate',
        {
          strength: 1 + (i % 5),
        },
      ),
    );
  }
  const stamp = '2025-01-01T00:00:00.000Z';
  return {
    loaded: {
      ...emptyWorkspaceMaps(),
      workspace: {
        id: WORKSPACE_ID,
        name: `Synthetic ${nodes}`,
        description: '',
        classification: 'OFFICIAL',
        fictional: true,
        createdAt: stamp,
        updatedAt: stamp,
      },
      entities: mapOf(entities),
      links: mapOf(links),
      intel: new Map(),
      version: 1,
      views: new Map(),
      // Saved places, as the vault would hold them after an earlier layout.
      placements: new Map([
        [
          PLACEMENT_ID,
          {
            id: PLACEMENT_ID,
            workspaceId: WORKSPACE_ID,
            layout: 'force',
            entries: Object.fromEntries(positions),
            createdAt: stamp,
            updatedAt: stamp,
          },
        ],
      ]),
    },
    positions,
  };
}
