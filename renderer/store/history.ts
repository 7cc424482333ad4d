import type { Command, CommandHistory } from './api';
import { isStoreCommand, type StoreCommand } from './commands/types';

export type Direction = 'apply' | 'revert';

/**
 * Linear undo/redo over store commands. Operations run one after another (a queue), so a burst of
 * Ctrl+Z presses cannot interleave two transactions out of order. A failed step leaves both
 * stacks as they were.
 */
export class History implements CommandHistory {
  private readonly done: StoreCommand[] = [];
  private readonly undone: StoreCommand[] = [];
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly run: (command: StoreCommand, direction: Direction) => Promise<void>,
  ) {}

  execute(command: Command): Promise<void> {
    if (!isStoreCommand(command)) {
      return Promise.reject(
        new Error('Only edits made by the store’s command factories can be run.'),
      );
    }
    return this.enqueue(async () => {
      await this.run(command, 'apply');
      this.undone.length = 0;
      if (command.final) this.done.length = 0;
      else this.done.push(command);
    });
  }

  undo(): Promise<void> {
    return this.enqueue(async () => {
      const command = this.done[this.done.length - 1];
      if (!command) return;
      await this.run(command, 'revert');
      this.done.pop();
      this.undone.push(command);
    });
  }

  redo(): Promise<void> {
    return this.enqueue(async () => {
      const command = this.undone[this.undone.length - 1];
      if (!command) return;
      await this.run(command, 'apply');
      this.undone.pop();
      this.done.push(command);
    });
  }

  canUndo = () => this.done.length > 0;
  canRedo = () => this.undone.length > 0;
  undoLabel = () => this.done[this.done.length - 1]?.label;
  redoLabel = () => this.undone[this.undone.length - 1]?.label;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.notify();
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
