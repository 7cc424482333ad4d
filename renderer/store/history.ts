import type { Command, CommandHistory } from './api';
import { isStoreCommand, type Plan, type StoreCommand } from './commands/types';

export type Direction = 'apply' | 'revert';

interface Stacks {
  done: StoreCommand[];
  undone: StoreCommand[];
}

/** The workspace a committed plan belongs to: its records say so, or failing that its audit. */
export function planWorkspace(plan: Plan): string | undefined {
  for (const w of plan.writes) {
    if ('put' in w) return w.table === 'workspaces' ? w.put.id : w.put.workspaceId;
  }
  for (const entry of plan.audit) if (entry.workspaceId) return entry.workspaceId;
  return undefined;
}

/**
 * Undo and redo, one history per workspace. An edit joins the history of the workspace its plan
 * wrote to; undo and redo act on the workspace that is open (`openWorkspace()`), so an edit in
 * one operation is never undone from another. Vault-level commands (creating, renaming, deleting
 * a workspace) run but join no history: deletion has its confirmation and its own restore.
 * Operations run one after another (a queue), so a burst of Ctrl+Z presses cannot interleave two
 * transactions out of order; a failed step leaves the stacks as they were.
 */
export class History implements CommandHistory {
  private readonly stacks = new Map<string, Stacks>();
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly run: (command: StoreCommand, direction: Direction) => Promise<Plan>,
    private readonly openWorkspace: () => string | undefined,
  ) {}

  execute(command: Command): Promise<void> {
    if (!isStoreCommand(command)) {
      return Promise.reject(
        new Error('Only edits made by the store’s command factories can be run.'),
      );
    }
    return this.enqueue(async () => {
      const plan = await this.run(command, 'apply');
      const workspace = planWorkspace(plan);
      if (!workspace) return;
      if (command.vaultLevel) {
        // A workspace that is gone takes its history with it; one restored starts afresh.
        if (plan.writes.some((w) => w.table === 'workspaces' && 'remove' in w)) {
          this.stacks.delete(workspace);
        }
        return;
      }
      if (command.untracked) return;
      if (command.final) {
        // Nothing before a final edit can be undone: earlier edits may hold copies of what it erased.
        this.stacks.delete(workspace);
        return;
      }
      const stacks = this.stacksOf(workspace);
      stacks.done.push(command);
      stacks.undone.length = 0;
    });
  }

  undo(): Promise<void> {
    return this.enqueue(async () => {
      const stacks = this.open();
      const command = stacks?.done[stacks.done.length - 1];
      if (!stacks || !command) return;
      await this.run(command, 'revert');
      stacks.done.pop();
      stacks.undone.push(command);
    });
  }

  redo(): Promise<void> {
    return this.enqueue(async () => {
      const stacks = this.open();
      const command = stacks?.undone[stacks.undone.length - 1];
      if (!stacks || !command) return;
      await this.run(command, 'apply');
      stacks.undone.pop();
      stacks.done.push(command);
    });
  }

  canUndo = () => (this.open()?.done.length ?? 0) > 0;
  canRedo = () => (this.open()?.undone.length ?? 0) > 0;
  undoLabel = () => last(this.open()?.done)?.label;
  redoLabel = () => last(this.open()?.undone)?.label;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.stacks.clear();
    this.notify();
  }

  private open(): Stacks | undefined {
    const id = this.openWorkspace();
    return id === undefined ? undefined : this.stacks.get(id);
  }

  private stacksOf(workspace: string): Stacks {
    let stacks = this.stacks.get(workspace);
    if (!stacks) this.stacks.set(workspace, (stacks = { done: [], undone: [] }));
    return stacks;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task).finally(() => this.notify());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function last<T>(list: readonly T[] | undefined): T | undefined {
  return list?.[list.length - 1];
}
