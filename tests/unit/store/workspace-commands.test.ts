import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../shared/demo';
import { IntegrityError } from '../../../renderer/store';
import {
  createWorkspaceWithRecords,
  deleteWorkspace,
  importRecords,
  renameWorkspace,
} from '../../../renderer/store/commands';
import { freshService, PASS, seeded } from './helpers';

describe('workspace commands', () => {
  it('loads the demo twice as two independent workspaces, all or nothing', async () => {
    const { service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const demo = buildDemoWorkspace();
    const records = { entities: demo.entities, links: demo.links, intel: demo.intel };
    const first = createWorkspaceWithRecords(
      { ...demo.workspace, fictional: true },
      records,
      'demo',
    );
    const second = createWorkspaceWithRecords(
      { ...demo.workspace, fictional: true },
      records,
      'demo',
    );
    await session.history.execute(first);
    await session.history.execute(second);
    const a = await session.openWorkspace(first.id);
    const b = await session.openWorkspace(second.id);
    expect(a.entities.size).toBe(demo.entities.length);
    expect(b.entities.size).toBe(demo.entities.length);
    expect(b.links.size).toBe(demo.links.length);
    expect(a.workspace.fictional).toBe(true);
    expect([...b.entities.keys()].some((id) => a.entities.has(id))).toBe(false);
    for (const l of b.links.values())
      expect(b.entities.has(l.source) && b.entities.has(l.target)).toBe(true);
    expect(await session.quarantined()).toEqual([]);
  });

  it('refuses a set with one bad record, writing none of it', async () => {
    const { service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const demo = buildDemoWorkspace();
    const broken = [
      ...demo.links,
      {
        ...demo.links[0]!,
        id: 'lnk_00000000000000000abc',
        firstSeen: '2025-02-02',
        lastSeen: '2025-01-01',
      },
    ];
    const cmd = createWorkspaceWithRecords(
      demo.workspace,
      { entities: demo.entities, links: broken, intel: demo.intel },
      'test',
    );
    await expect(session.history.execute(cmd)).rejects.toThrow(
      /First seen must not be after last seen/,
    );
    expect(await session.listWorkspaces()).toEqual([]);
  });

  it('renames and deletes a workspace; undo restores it with all its records', async () => {
    const { session, workspaceId, a, link } = await seeded();
    await session.history.execute(renameWorkspace(workspaceId, 'Operation Renamed'));
    expect(session.current()?.workspace.name).toBe('Operation Renamed');
    await session.history.execute(deleteWorkspace(workspaceId));
    expect(session.current()).toBeUndefined();
    expect(await session.listWorkspaces()).toEqual([]);
    await session.history.undo();
    const back = await session.openWorkspace(workspaceId);
    expect(back.workspace.name).toBe('Operation Renamed');
    expect(back.entities.has(a) && back.links.has(link)).toBe(true);
    expect((await session.audit.verify()).ok).toBe(true);
  });

  it('imports into a workspace, refuses ids already present, and undoes the import', async () => {
    const { session, workspaceId } = await seeded();
    const demo = buildDemoWorkspace();
    const records = { entities: demo.entities, links: demo.links, intel: demo.intel };
    await session.history.execute(importRecords(workspaceId, records, 'demo file'));
    expect(session.current()?.entities.size).toBe(2 + demo.entities.length);
    await expect(
      session.history.execute(importRecords(workspaceId, records, 'again')),
    ).rejects.toBeInstanceOf(IntegrityError);
    await session.history.undo();
    expect(session.current()?.entities.size).toBe(2);
  });
});
