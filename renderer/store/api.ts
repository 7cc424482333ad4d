/**
 * The store's public contract: everything the rest of the renderer may use. Implementations live in
 * this folder (vault.ts, repositories, commands); Dexie stays behind renderer/store/db/.
 */
import type {
  AuditEvent,
  Entity,
  IntelItem,
  Link,
  SavedView,
  Workspace,
  Classification,
} from '../../shared/model';
import type { KdfParams } from '../../shared/crypto';
import type { DataRecords } from './commands/types';
import type { WorkspaceTable } from './db';

export type { AuditEvent };

/** Raised when a passphrase does not open the vault. Nothing is written when it is thrown. */
export class WrongPassphraseError extends Error {
  constructor() {
    super(
      'That passphrase does not open this vault. Check it and try again; nothing has been changed.',
    );
    this.name = 'WrongPassphraseError';
  }
}

/**
 * A record set aside: it failed authentication, was missing, older than written or unknown to the
 * manifest, or pointed at such a record; or a finding about the vault itself (a store put back, an
 * audit log cut short). Kept aside, reported, never repaired or dropped.
 */
export interface QuarantinedRecord {
  table: string;
  id: string;
  reason: string;
  detectedAt: string;
  /** The workspace being opened when it was found; none for the vault's own findings. */
  workspaceId?: string;
}

export interface VaultInfo {
  exists: boolean;
  kdf?: KdfParams;
}

export interface VaultSettings {
  /** Local user name recorded as the actor in the audit log. */
  userName: string;
  /** Minutes of inactivity before the vault locks itself. */
  idleLockMinutes: number;
  /** The two-person rule: a second person must sign off disclosures and MoPI disposals. */
  twoPerson?: { disclosure: boolean; disposal: boolean };
}

/** The entry point: opens, creates and describes the one vault on this machine. */
export interface VaultService {
  info(): Promise<VaultInfo>;
  create(passphrase: string, userName: string): Promise<Session>;
  /**
   * Throws WrongPassphraseError on a wrong passphrase (and counts the attempt outside the vault;
   * the next unlock records the count in the audit log). Unless `prefetch` is false, the sealed
   * rows of the workspace opened last are read while the key is derived, so opening it is quicker.
   */
  unlock(passphrase: string, options?: { prefetch?: boolean }): Promise<Session>;
}

/** Every record of one workspace, table by table, keyed by id. */
export type WorkspaceMaps = {
  readonly [T in WorkspaceTable]: ReadonlyMap<string, DataRecords[T]>;
};

/**
 * Snapshot of one open workspace held in memory while the vault is unlocked: entities, links,
 * intelligence, saved views and the partnership's records (plans, tactics, scores, the scoring
 * matrix, profiles, review decisions, merges).
 */
export interface LoadedWorkspace extends WorkspaceMaps {
  workspace: Workspace;
  /** Increases by one on every change, so derived results can be cached per version. */
  version: number;
}

export type NewEntity = Omit<Entity, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'> & {
  id?: string;
};
export type NewLink = Omit<Link, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'> & {
  id?: string;
};
export type NewIntelItem = Omit<IntelItem, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'> & {
  id?: string;
};

export type NewSavedView = Omit<SavedView, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'> & {
  id?: string;
};

/** A description of one undoable edit, produced by the command factories in store/commands/. */
export interface Command {
  /** Shown in the Edit menu: "Undo rename workspace". */
  readonly label: string;
}

export interface CommandHistory {
  execute(command: Command): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  canUndo(): boolean;
  canRedo(): boolean;
  undoLabel(): string | undefined;
  redoLabel(): string | undefined;
  /** Called after every execute, undo or redo. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface AuditFilter {
  action?: AuditEvent['action'];
  actor?: string;
  workspaceId?: string;
  from?: string;
  to?: string;
  text?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first sequence number where the chain breaks, and why. */
  problem?: { seq: number; reason: string };
}

export interface AuditLog {
  list(filter?: AuditFilter): Promise<AuditEvent[]>;
  verify(): Promise<AuditVerification>;
  toCsv(events: AuditEvent[]): string;
  /** For actions that change no record (view, export, disclose). */
  record(entry: {
    action: AuditEvent['action'];
    subject: string;
    targets: string[];
    workspaceId?: string;
    detail?: string;
  }): Promise<void>;
}

export interface Session {
  readonly settings: VaultSettings;
  updateSettings(patch: Partial<VaultSettings>): Promise<void>;
  listWorkspaces(): Promise<Workspace[]>;
  openWorkspace(id: string): Promise<LoadedWorkspace>;
  /** The in-memory workspace last opened, kept current by every command. */
  current(): LoadedWorkspace | undefined;
  /** Called with the new snapshot after any change to the open workspace or the workspace list. */
  subscribe(listener: () => void): () => void;
  /**
   * Runs every edit. Each workspace has its own undo history: an edit joins the history of the
   * workspace it wrote to, and undo/redo act on the workspace that is open. Creating, renaming and
   * deleting workspaces join no history.
   */
  readonly history: CommandHistory;
  readonly audit: AuditLog;
  quarantined(): Promise<QuarantinedRecord[]>;
  /**
   * `reencrypt` (default true) also replaces the data key and seals everything again under it, so
   * the old passphrase opens nothing written afterwards; false only re-wraps the same key.
   */
  changePassphrase(
    oldPassphrase: string,
    newPassphrase: string,
    options?: { reencrypt?: boolean },
  ): Promise<void>;
  /** Drops the keys and every decrypted object, and records the lock in the audit log. */
  lock(reason: 'user' | 'idle' | 'suspend' | 'screen-lock'): Promise<void>;
  readonly locked: boolean;
}

export interface WorkspaceDraft {
  name: string;
  description?: string;
  classification?: Classification;
}
