/**
 * The vault's tables. A stored row is its key, at most one clear field (`w`, the workspace's
 * blind key, so a workspace's rows can be read in one range) and the sealed bytes `env`: no
 * foreign key, no workspace id, no name ever sits in clear (docs/security.md).
 *
 * - scope: which manifest records the row (shared/crypto/manifest.ts): the vault's own, its
 *   workspace's, the audit chain's (checked by its hashes and the head in the manifest root), or
 *   none (the manifests themselves).
 * - blindKey: the row's key is a blind key of the record's id, so even the workspace list holds
 *   no workspace id in clear; the store translates keys both ways.
 * - refs: fields that point at other records. They are sealed like everything else; the manifest
 *   keeps a sealed copy so the store can still answer "which links touch this entity" inside a
 *   transaction, and the loader checks them after decryption.
 *
 * A new kind of workspace record is one line here and one in WORKSPACE_TABLES.
 */
export const SEALED_TABLES = {
  meta: { key: 'id', scope: 'vault' },
  workspaces: { key: 'id', scope: 'vault', blindKey: true },
  entities: { key: 'id', scope: 'workspace' },
  links: { key: 'id', scope: 'workspace', refs: { source: 'entities', target: 'entities' } },
  intel: { key: 'id', scope: 'workspace' },
  views: { key: 'id', scope: 'workspace' },
  plans: { key: 'id', scope: 'workspace' },
  tactics: { key: 'id', scope: 'workspace' },
  scores: { key: 'id', scope: 'workspace' },
  matrices: { key: 'id', scope: 'workspace' },
  profiles: { key: 'id', scope: 'workspace' },
  reviews: { key: 'id', scope: 'workspace' },
  merges: { key: 'id', scope: 'workspace' },
  placements: { key: 'id', scope: 'workspace' },
  notDuplicates: { key: 'id', scope: 'workspace' },
  orders: { key: 'id', scope: 'workspace' },
  referrals: { key: 'id', scope: 'workspace' },
  registers: { key: 'id', scope: 'workspace' },
  meetings: { key: 'id', scope: 'workspace' },
  audit: { key: 'seq', scope: 'chain' },
  quarantined: { key: 'id', scope: 'vault' },
  manifests: { key: 'id', scope: 'none' },
} as const satisfies Record<string, TableSpec>;

export interface TableSpec {
  key: string;
  scope: 'vault' | 'workspace' | 'chain' | 'none';
  refs?: Record<string, string>;
  /** Stored under a blind key of the record's id (the workspace list: no workspace id in clear). */
  blindKey?: boolean;
}

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
/** `workspaceId` is answered from the blind key; the others from the sealed references. */
export type IndexName = 'workspaceId' | 'source' | 'target';

/** The clear field holding a row's workspace blind key. */
export const WORKSPACE_KEY_FIELD = 'w';

/** Name of the compound index in IndexedDB itself, for readers that bypass Dexie. */
export const WORKSPACE_RANGE_INDEX = '[w+id]';

/** Format 2's clear quarantine table, kept only so a migration can carry its rows over. */
export const LEGACY_QUARANTINE = 'quarantine';

/**
 * `[w+id]` lets a workspace be read in id ranges; Dexie also answers `where('w')` from it.
 * Derived from SEALED_TABLES, so a new table needs no line here.
 */
export const DEXIE_SCHEMA: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(SEALED_TABLES).map(([name, spec]: [string, TableSpec]) => [
      name,
      spec.scope === 'workspace' ? `${spec.key}, ${WORKSPACE_RANGE_INDEX}` : spec.key,
    ]),
  ),
  [LEGACY_QUARANTINE]: '[table+id]',
};

/** The vault header stays in clear: it must be read before any key exists. */
export const HEADER_ID = 'header';
/** The manifest root (shared/crypto/manifest.ts), a sealed meta record outside any manifest. */
export const ROOT_ID = 'root';

export function isSealedTable(name: string): name is SealedTable {
  return name in SEALED_TABLES;
}

export function isWorkspaceTable(name: string): name is WorkspaceTable {
  return (SEALED_TABLES as Record<string, TableSpec>)[name]?.scope === 'workspace';
}

/** The reference fields of a table (empty for most). */
export function refsOf(table: string): readonly string[] {
  const refs = (SEALED_TABLES as Record<string, TableSpec>)[table]?.refs;
  return refs ? Object.keys(refs) : [];
}
