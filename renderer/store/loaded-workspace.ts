import type { Entity, IntelItem, Link, SavedView, Workspace } from '../../shared/model';
import type { LoadedWorkspace } from './api';
import type { DataTableName, Plan } from './commands/types';

/**
 * The open workspace in memory. The maps are updated in place after each committed edit and a new
 * snapshot object with a higher version is handed out, so views can cache by version.
 */
export class WorkspaceMemory {
  private version = 1;
  private closed = false;
  private current: LoadedWorkspace;

  constructor(
    private workspace: Workspace,
    private readonly entities: Map<string, Entity>,
    private readonly links: Map<string, Link>,
    private readonly intel: Map<string, IntelItem>,
    private readonly views: Map<string, SavedView>,
  ) {
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
        } else touched = this.mapOf(w.table).delete(w.remove) || touched;
      } else if (w.table === 'workspaces') {
        if (w.put.id === this.workspace.id) {
          this.workspace = w.put;
          touched = true;
        }
      } else if (w.put.workspaceId === this.workspace.id) {
        this.mapOf(w.table).set(w.put.id, w.put);
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
    this.entities.clear();
    this.links.clear();
    this.intel.clear();
    this.views.clear();
    this.closed = true;
  }

  private mapOf(table: Exclude<DataTableName, 'workspaces'>): Map<string, unknown> {
    const maps = {
      entities: this.entities,
      links: this.links,
      intel: this.intel,
      views: this.views,
    };
    return maps[table];
  }

  private freeze(): LoadedWorkspace {
    const { workspace, entities, links, intel, views, version } = this;
    return { workspace, entities, links, intel, views, version };
  }
}
