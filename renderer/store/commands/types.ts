import type { AuditEntry } from '../../../shared/audit';
import type {
  Entity,
  IntelItem,
  Link,
  Placement,
  SavedView,
  Workspace,
} from '../../../shared/model';
import type { Command } from '../api';
import type { StoreTx } from '../db';
import type {
  MatrixRecord,
  MergeRecord,
  NotDuplicateRecord,
  PlanRecord,
  ProfileRecord,
  ReviewRecord,
  ScoreStored,
  TacticRecord,
} from '../partnership-schemas';
import type { MeetingRecord, OrderRecord, ReferralRecord, RegisterRecord } from '../board-schemas';

export interface DataRecords {
  workspaces: Workspace;
  entities: Entity;
  links: Link;
  intel: IntelItem;
  views: SavedView;
  plans: PlanRecord;
  tactics: TacticRecord;
  scores: ScoreStored;
  matrices: MatrixRecord;
  profiles: ProfileRecord;
  reviews: ReviewRecord;
  merges: MergeRecord;
  placements: Placement;
  notDuplicates: NotDuplicateRecord;
  orders: OrderRecord;
  referrals: ReferralRecord;
  registers: RegisterRecord;
  meetings: MeetingRecord;
}
export type DataTableName = keyof DataRecords;

/** One change to one record. */
export type Write =
  | { [T in DataTableName]: { table: T; put: DataRecords[T] } }[DataTableName]
  | { table: DataTableName; remove: string };

/** What a command step will write, and the audit events that record it; executed as one transaction. */
export interface Plan {
  writes: Write[];
  audit: AuditEntry[];
}

export interface CommandContext {
  tx: StoreTx;
  /** ISO instant of this step, used for createdAt/updatedAt and the audit event. */
  now: string;
}

const STORE_COMMAND = Symbol('linchpin.store-command');

/**
 * A Command as the history runs it: `apply` (also used for redo) and `revert` (undo) each read what
 * they need inside the transaction and return the plan to write.
 */
export interface StoreCommand extends Command {
  readonly [STORE_COMMAND]: true;
  apply(ctx: CommandContext): Promise<Plan>;
  revert(ctx: CommandContext): Promise<Plan>;
  /**
   * True when the next step will write many records, so the runner seals them in workers first
   * (store/presealing.ts). Absent means a small edit, run as it is.
   */
  writesMany?(): boolean;
  /**
   * Work that needs nothing stored (validating thousands of incoming records), done once before
   * the first apply and outside any transaction, so it can pause between slices and leave the page
   * responsive; a transaction cannot wait for the page without committing.
   */
  prepare?(): Promise<void>;
  /**
   * Creating, renaming or deleting a workspace acts on the vault, not inside a workspace: it
   * joins no workspace's undo history.
   */
  readonly vaultLevel?: boolean;
  /** Saved but kept off the undo history (automatic placement of entities that had none). */
  readonly untracked?: boolean;
  /**
   * True for an edit that can never be undone (a MoPI disposal): it does not enter the undo
   * history, and the history is cleared after it, since earlier edits may hold copies of what
   * it erased.
   */
  readonly final?: boolean;
}

/** How many records a step must write before sealing them ahead in workers pays off. */
export const MANY_RECORDS = 500;

export function defineCommand<T extends object>(
  label: string,
  steps: Pick<
    StoreCommand,
    'apply' | 'revert' | 'writesMany' | 'prepare' | 'vaultLevel' | 'untracked' | 'final'
  >,
  extra?: T,
): StoreCommand & T {
  return { label, [STORE_COMMAND]: true, ...steps, ...(extra as T) };
}

/** The same edit run backwards: a deleted workspace's restore, offered after its confirmation. */
export function reverseOf(command: StoreCommand, label: string): StoreCommand {
  return defineCommand(label, {
    apply: (ctx) => command.revert(ctx),
    revert: (ctx) => command.apply(ctx),
    writesMany: () => command.writesMany?.() ?? false,
    vaultLevel: command.vaultLevel ?? false,
  });
}

/** Marks a command as acting on the vault rather than inside one workspace. */
export function atVaultLevel<C extends StoreCommand>(command: C): C {
  return { ...command, vaultLevel: true };
}

export function isStoreCommand(command: Command): command is StoreCommand {
  return (command as Partial<StoreCommand>)[STORE_COMMAND] === true;
}
