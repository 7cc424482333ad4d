export {
  openVaultDatabase,
  type RawRow,
  type VaultDatabase,
  type VaultDatabaseOptions,
} from './vault-database';
export { DEFAULT_DB_NAME, DEXIE_VERSION } from './vault-db';
export type { StoreTx, VaultTx } from './store-tx';
export {
  HEADER_ID,
  LEGACY_QUARANTINE,
  ROOT_ID,
  SEALED_TABLES,
  WORKSPACE_KEY_FIELD,
  WORKSPACE_TABLES,
  isWorkspaceTable,
  refsOf,
  type DataTable,
  type IndexName,
  type SealedTable,
  type WorkspaceTable,
} from './tables';
