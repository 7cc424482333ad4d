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

type Loaded = Awaited<ReturnType<typeof demoLoaded>>;

/**
 * What a workspace holds, without its ids: the app gives the demo fresh random ids on every
 * install, so records are compared by what they say (links by the labels at their ends).
 */
function portrait(loaded: Loaded) {
  const label = (id: string) => loaded.entities.get(id)?.label ?? `missing ${id}`;
  const counts = Object.fromEntries(
    WORKSPACE_TABLES.filter((t) => t !== 'placements').map((t) => [t, loaded[t].size]),
  );
  const entities = [...loaded.entities.values()].map((e) => `${e.kind}: ${e.label}`).sort();
  const links = [...loaded.links.values()]
    .map((l) => `${label(l.source)} ${l.kind} ${label(l.target)}`)
    .sort();
  const intel = [...loaded.intel.values()].map((i) => `${i.reference} ${i.date}`).sort();
  return { counts, entities, links, intel };
}

describe("the harnesses' demo", () => {
  it('holds, table by table, what the app loads for the demo, partnership records included', async () => {
    const { service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const app = await session.openWorkspace(await loadDemoWorkspace(session));
    const harness = demoLoaded();
    // Placements are made by the app when the chart first lays the demo out.
    expect(portrait(harness)).toEqual(portrait(app));
    expect(harness.orders.size).toBeGreaterThan(0);
    expect(harness.referrals.size).toBeGreaterThan(0);
    expect(harness.meetings.size).toBeGreaterThan(0);
  });
});
