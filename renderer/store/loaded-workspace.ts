import type { Workspace } from '../../shared/model';
import type { LoadedWorkspace, WorkspaceMaps } from './api';
import { WORKSPACE_TABLES, type WorkspaceTable } from './db';
import type { Plan } from './commands/types';

type MutableMaps = { [T in WorkspaceTable]: Map<string, unknown> };

/** A map per workspace table, all empty: the start of a new workspace, a harness or a test. */
export function emptyWorkspaceMaps(): WorkspaceMaps {
  return Object.fromEntries(
    WORKSPACE_TABLES.map((t) => [t, new Map()]),
  ) as unknown as WorkspaceMaps;
}

/**
 * The open workspace in memory, handed out as immutable snapshots. A committed plan copies each
 * table it touches (copy on write) and leaves the others shared, so a view that memoises on a
 * table's identity sees every change to that table and recomputes nothing for the rest. No map
 * a snapshot holds is ever changed afterwards.
 */
export class WorkspaceMemory {
  private closed = false;
  private current: LoadedWorkspace;

  constructor(workspace: Workspace, maps: WorkspaceMaps, version = 1) {
    this.current = { ...maps, workspace, version };
  }

  get id(): string {
    return this.current.workspace.id;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  snapshot(): LoadedWorkspace {
    return this.current;
  }

  /** Applies a committed plan; returns whether this workspace changed. */
  apply(plan: Plan): boolean {
    const id = this.id;
    let workspace = this.current.workspace;
    const copies: Partial<MutableMaps> = {};
    const copyOf = (table: WorkspaceTable) =>
      (copies[table] ??= new Map(this.current[table] as ReadonlyMap<string, unknown>));
    let touched = false;
    for (const w of plan.writes) {
      if (w.table === 'workspaces') {
        if ('remove' in w) {
          if (w.remove === id) this.closed = touched = true;
        } else if (w.put.id === id) {
          workspace = w.put;
          touched = true;
        }
      } else if ('remove' in w) {
        if (this.current[w.table].has(w.remove) || copies[w.table]?.has(w.remove)) {
          copyOf(w.table).delete(w.remove);
          touched = true;
        }
      } else if (w.put.workspaceId === id) {
        copyOf(w.table).set(w.put.id, w.put);
        touched = true;
      }
    }
    if (touched) {
      this.current = {
        ...this.current,
        ...(copies as Partial<WorkspaceMaps>),
        workspace,
        version: this.current.version + 1,
      };
    }
    return touched;
  }

  /**
   * Lock: empties the current snapshot's maps in place (the one exception to immutability, so a
   * view still holding the snapshot shows nothing rather than keeping the plaintext alive) and
   * hands out empty snapshots from then on. Earlier snapshots are no longer referenced by the store.
   */
  clear(): void {
    for (const t of WORKSPACE_TABLES) (this.current[t] as Map<string, unknown>).clear();
    this.current = { ...emptyWorkspaceMaps(), workspace: this.current.workspace, version: 0 };
    this.closed = true;
  }
}
