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
 * The open workspace in memory. The maps are updated in place after each committed edit and a new
 * snapshot object with a higher version is handed out, so views can cache by version.
 */
export class WorkspaceMemory {
  private version = 1;
  private closed = false;
  private current: LoadedWorkspace;
  private readonly maps: MutableMaps;

  constructor(
    private workspace: Workspace,
    maps: WorkspaceMaps,
  ) {
    this.maps = maps as unknown as MutableMaps;
    this.current = this.freeze();
  }

  get id(): string {
    return this.workspace.id;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  snapshot(): LoadedWorkspace {
    return this.current;
  }

  /** Applies a committed plan; returns whether this workspace changed. */
  apply(plan: Plan): boolean {
    let touched = false;
    for (const w of plan.writes) {
      if ('remove' in w) {
        if (w.table === 'workspaces') {
          if (w.remove === this.workspace.id) this.closed = touched = true;
        } else touched = this.maps[w.table].delete(w.remove) || touched;
      } else if (w.table === 'workspaces') {
        if (w.put.id === this.workspace.id) {
          this.workspace = w.put;
          touched = true;
        }
      } else if (w.put.workspaceId === this.workspace.id) {
        this.maps[w.table].set(w.put.id, w.put);
        touched = true;
      }
    }
    if (touched) {
      this.version += 1;
      this.current = this.freeze();
    }
    return touched;
  }

  clear(): void {
    for (const t of WORKSPACE_TABLES) this.maps[t].clear();
    this.closed = true;
  }

  private freeze(): LoadedWorkspace {
    const maps = this.maps as unknown as WorkspaceMaps;
    return { ...maps, workspace: this.workspace, version: this.version };
  }
}
