/**
 * Harness only: the store's own History, command objects and WorkspaceMemory, run against
 * in-memory tables instead of the encrypted database, so the screen's edits, undo and redo can be driven in a browser
 * without a vault. The integrity check is the store's own as well; only persistence is missing.
 */
import type { LoadedWorkspace } from '../store/api';
import { checkIntegrity } from '../store/commands/integrity';
import type { DataTableName } from '../store/commands/types';
import { WORKSPACE_TABLES, type StoreTx } from '../store/db';
import { History } from '../store/history';
import { WorkspaceMemory } from '../store/loaded-workspace';

type Row = { id: string } & Record<string, unknown>;

export function memoryStore(initial: LoadedWorkspace, onChange: (next: LoadedWorkspace) => void) {
  const tables: Record<string, Map<string, Row>> = {
    workspaces: new Map([[initial.workspace.id, initial.workspace as unknown as Row]]),
  };
  for (const t of WORKSPACE_TABLES)
    tables[t] = new Map(initial[t] as unknown as ReadonlyMap<string, Row>);
  const table = (name: string) => (tables[name] ??= new Map<string, Row>());
  const tx: StoreTx = {
    get: async <T>(t: string, key: string | number) => table(t).get(String(key)) as T | undefined,
    getMany: async <T>(t: string, keys: string[]) =>
      keys.map((k) => table(t).get(k) as T | undefined),
    where: async <T>(t: string, index: string, value: string) =>
      [...table(t).values()].filter((r) => r[index] === value) as T[],
    keysWhere: async (t, index, value) =>
      [...table(t).values()].filter((r) => r[index] === value).map((r) => r.id),
    all: async <T>(t: string) => [...table(t).values()] as T[],
    put: async (t, rows) => rows.forEach((r) => table(t).set((r as Row).id, r as Row)),
    add: async (t, row) => void table(t).set((row as Row).id, row as Row),
    remove: async (t, keys) => keys.forEach((k) => table(t).delete(k)),
  };
  // The app's own in-memory workspace, so the harness's snapshots behave exactly as the app's.
  const memory = new WorkspaceMemory(initial.workspace, initial, initial.version);
  const history = new History(
    async (command, direction) => {
      const now = new Date().toISOString();
      const plan = await command[direction]({ tx, now });
      await checkIntegrity(tx, plan);
      for (const w of plan.writes) {
        const t = table(w.table as DataTableName);
        if ('put' in w) t.set(w.put.id, w.put as unknown as Row);
        else t.delete(w.remove);
      }
      if (memory.apply(plan)) onChange(memory.snapshot());
      return plan;
    },
    () => memory.id,
  );
  return history;
}
