import {
  link,
  mapOf,
  person,
  place,
  sampleId,
  WORKSPACE_ID,
} from '../../../renderer/dev/factories';
import type { LoadedWorkspace } from '../../../renderer/store/api';
import { emptyWorkspaceMaps } from '../../../renderer/store/loaded-workspace';
import type { Entity, Link } from '../../../shared/model';

export const id = (n: number) => sampleId('ent', n);

/** A small workspace from entities and [source, target] pairs, each link of strength 3. */
export function workspaceOf(
  entities: Entity[],
  pairs: [number, number, Partial<Link>?][],
  version = 1,
): LoadedWorkspace {
  const links = pairs.map(([a, b, extra], i) => ({
    ...link(sampleId('lnk', i + 1), id(a), id(b), 'associate'),
    ...extra,
  }));
  return {
    ...emptyWorkspaceMaps(),
    workspace: {
      id: WORKSPACE_ID,
      name: 'Test, "one"',
      description: '',
      classification: 'OFFICIAL-SENSITIVE',
      fictional: true,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    entities: mapOf(entities),
    links: mapOf(links),
    intel: new Map(),
    views: new Map(),
    version,
  };
}

/** A path 1-2-3-4-5 of people, plus a house (6) linked to 3. */
export function pathWorkspace(version = 1): LoadedWorkspace {
  const people = [1, 2, 3, 4, 5].map((n) => person(id(n), `Person ${n}`));
  return workspaceOf(
    [...people, place(id(6), '1 High Street')],
    [
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [3, 6],
    ],
    version,
  );
}
