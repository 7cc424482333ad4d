/**
 * Results by (workspace, version, question). Only the newest version of each workspace is kept:
 * an edit makes every earlier figure stale, and holding them would only cost memory.
 */
export class ResultCache<T> {
  private readonly byWorkspace = new Map<string, { version: number; results: Map<string, T> }>();

  get(workspaceId: string, version: number, key: string): T | undefined {
    const entry = this.byWorkspace.get(workspaceId);
    return entry?.version === version ? entry.results.get(key) : undefined;
  }

  set(workspaceId: string, version: number, key: string, value: T): void {
    const entry = this.byWorkspace.get(workspaceId);
    if (entry && entry.version > version) return;
    if (!entry || entry.version !== version) {
      this.byWorkspace.set(workspaceId, { version, results: new Map([[key, value]]) });
    } else entry.results.set(key, value);
  }

  clear(): void {
    this.byWorkspace.clear();
  }
}
