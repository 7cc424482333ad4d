/**
 * The harnesses' demo is the app's demo: every table the app fills when it adds the fictional
 * demo to a vault holds the same records in the harness's in-memory workspace.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../../renderer/app/loadDemo';
import { demoLoaded } from '../../../renderer/dev/demoLoaded';
import { WORKSPACE_TABLES } from '../../../renderer/store/db';
import { freshService, PASS } from '../store/helpers';

/** Keys in order, so two copies of one record read the same whatever built them. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;

/** A record with the workspace's id left out (the app gives the demo a fresh one). */
const content = (r: unknown) => {
  const rest = { ...(r as Record<string, unknown>) };
  delete rest.workspaceId;
  return JSON.stringify(canonical(rest));
};

describe("the harnesses' demo", () => {
  it('holds, table by table, what the app loads for the demo, partnership records included', async () => {
    const { service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const app = await session.openWorkspace(await loadDemoWorkspace(session));
    const harness = demoLoaded();
    for (const table of WORKSPACE_TABLES) {
      // Placements are made by the app when the chart first lays the demo out.
      if (table === 'placements') continue;
      const ours = [...harness[table].values()].map(content).sort();
      const theirs = [...(app[table] as ReadonlyMap<string, unknown>).values()].map(content).sort();
      expect({ table, records: ours }).toEqual({ table, records: theirs });
    }
    expect(harness.orders.size).toBeGreaterThan(0);
    expect(harness.referrals.size).toBeGreaterThan(0);
    expect(harness.meetings.size).toBeGreaterThan(0);
  });
});
