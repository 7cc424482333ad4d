/**
 * The vault's tables. Only opaque ids and foreign keys are stored in clear (for indexes); every
 * other field lives inside the sealed byte array `env`.
 */
export const SEALED_TABLES = {
  meta: { key: 'id', clear: [] },
  workspaces: { key: 'id', clear: [] },
  entities: { key: 'id', clear: ['workspaceId'] },
  links: { key: 'id', clear: ['workspaceId', 'source', 'target'] },
  intel: { key: 'id', clear: ['workspaceId'] },
  views: { key: 'id', clear: ['workspaceId'] },
  plans: { key: 'id', clear: ['workspaceId'] },
  tactics: { key: 'id', clear: ['workspaceId'] },
  scores: { key: 'id', clear: ['workspaceId'] },
  matrices: { key: 'id', clear: ['workspaceId'] },
  profiles: { key: 'id', clear: ['workspaceId'] },
  reviews: { key: 'id', clear: ['workspaceId'] },
  merges: { key: 'id', clear: ['workspaceId'] },
  placements: { key: 'id', clear: ['workspaceId'] },
  notDuplicates: { key: 'id', clear: ['workspaceId'] },
  orders: { key: 'id', clear: ['workspaceId'] },
  referrals: { key: 'id', clear: ['workspaceId'] },
  registers: { key: 'id', clear: ['workspaceId'] },
  meetings: { key: 'id', clear: ['workspaceId'] },
  audit: { key: 'seq', clear: [] },
} as const satisfies Record<string, { key: string; clear: readonly string[] }>;

export type SealedTable = keyof typeof SEALED_TABLES;
/** Tables whose rows belong to one workspace and load with it, in the order they load. */
export const WORKSPACE_TABLES = [
  'entities',
  'links',
  'intel',
  'views',
  'plans',
  'tactics',
  'scores',
  'matrices',
  'profiles',
  'reviews',
  'merges',
  'placements',
  'notDuplicates',
  'orders',
  'referrals',
  'registers',
  'meetings',
] as const;
export type WorkspaceTable = (typeof WORKSPACE_TABLES)[number];
export type DataTable = 'workspaces' | WorkspaceTable;
export type IndexName = 'workspaceId' | 'source' | 'target';

/**
 * `[workspaceId+id]` lets a workspace be read in id ranges, one range per loader worker; Dexie
 * also answers `where('workspaceId')` from it (a virtual index), so no separate index is kept.
 */
export const DEXIE_SCHEMA = {
  meta: 'id',
  workspaces: 'id',
  entities: 'id, [workspaceId+id]',
  links: 'id, [workspaceId+id], source, target',
  intel: 'id, [workspaceId+id]',
  views: 'id, [workspaceId+id]',
  plans: 'id, [workspaceId+id]',
  tactics: 'id, [workspaceId+id]',
  scores: 'id, [workspaceId+id]',
  matrices: 'id, [workspaceId+id]',
  profiles: 'id, [workspaceId+id]',
  reviews: 'id, [workspaceId+id]',
  merges: 'id, [workspaceId+id]',
  placements: 'id, [workspaceId+id]',
  notDuplicates: 'id, [workspaceId+id]',
  orders: 'id, [workspaceId+id]',
  referrals: 'id, [workspaceId+id]',
  registers: 'id, [workspaceId+id]',
  meetings: 'id, [workspaceId+id]',
  audit: 'seq',
  quarantine: '[table+id]',
};

/** Name of the compound index in IndexedDB itself, for readers that bypass Dexie. */
export const WORKSPACE_RANGE_INDEX = '[workspaceId+id]';

/** The vault header stays in clear: it must be read before any key exists. */
export const HEADER_ID = 'header';

export function isSealedTable(name: string): name is SealedTable {
  return name in SEALED_TABLES;
}
