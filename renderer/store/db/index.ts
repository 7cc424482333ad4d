export {
  openVaultDatabase,
  type QuarantineRow,
  type RawRow,
  type VaultDatabase,
} from './vault-database';
export { DEFAULT_DB_NAME } from './vault-db';
export type { StoreTx } from './store-tx';
export {
  HEADER_ID,
  SEALED_TABLES,
  WORKSPACE_TABLES,
  type DataTable,
  type IndexName,
  type SealedTable,
  type WorkspaceTable,
} from './tables';
