/**
 * The vault's tables. Only opaque ids and foreign keys are stored in clear (for indexes); every
 * other field lives inside the sealed envelope `env`.
 */
export const SEALED_TABLES = {
  meta: { key: 'id', clear: [] },
  workspaces: { key: 'id', clear: [] },
  entities: { key: 'id', clear: ['workspaceId'] },
  links: { key: 'id', clear: ['workspaceId', 'source', 'target'] },
  intel: { key: 'id', clear: ['workspaceId'] },
  audit: { key: 'seq', clear: [] },
} as const satisfies Record<string, { key: string; clear: readonly string[] }>;

export type SealedTable = keyof typeof SEALED_TABLES;
export type DataTable = 'workspaces' | 'entities' | 'links' | 'intel';
export type IndexName = 'workspaceId' | 'source' | 'target';

export const DEXIE_SCHEMA = {
  meta: 'id',
  workspaces: 'id',
  entities: 'id, workspaceId',
  links: 'id, workspaceId, source, target',
  intel: 'id, workspaceId',
  audit: 'seq',
  quarantine: '[table+id]',
};

/** The vault header stays in clear: it must be read before any key exists. */
export const HEADER_ID = 'header';

export function isSealedTable(name: string): name is SealedTable {
  return name in SEALED_TABLES;
}
