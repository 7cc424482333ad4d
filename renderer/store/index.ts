/** The store's public surface. Commands are imported from './commands'. */
export * from './api';
export { emptyWorkspaceMaps } from './loaded-workspace';
export type * from './partnership-schemas';
export { createVaultService, type VaultServiceOptions } from './vault-service';
export {
  createIdleLock,
  DEFAULT_IDLE_LOCK_MINUTES,
  type IdleLock,
  type IdleLockOptions,
} from './idle-lock';
export { IntegrityError, NotFoundError, ValidationError } from './errors';
export { integrityAlerts, type IntegrityAlerts } from './integrity-alerts';
export {
  defaultSideStore,
  memorySideStore,
  storageSideStore,
  type SideStore,
  type VaultSideSlot,
} from './side-store';
