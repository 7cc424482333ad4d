import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../shared/demo';
import { newId, type Entity } from '../../../shared/model';
import { IntegrityError, ValidationError } from '../../../renderer/store';
import {
  createEntity,
  createWorkspace,
  createWorkspaceWithRecords,
  deleteWorkspace,
  importRecords,
  renameWorkspace,
  updateEntity,
} from '../../../renderer/store/commands';
import { reverseOf } from '../../../renderer/store/commands/types';
import { freshService, loaded, nominal, PASS, seeded } from './helpers';

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

  it('renames and deletes a workspace outside any undo history; its restore brings it all back', async () => {
    const { session, workspaceId, a, link } = await seeded();
    const undoBefore = session.history.undoLabel();
    await session.history.execute(renameWorkspace(workspaceId, 'Operation Renamed'));
    expect(session.current()?.workspace.name).toBe('Operation Renamed');
    // Vault-level edits are not on the workspace's history: undo still offers the last edit.
    expect(session.history.undoLabel()).toBe(undoBefore);
    const deletion = deleteWorkspace(workspaceId);
    await session.history.execute(deletion);
    expect(session.current()).toBeUndefined();
    expect(session.history.canUndo()).toBe(false);
    await session.history.undo(); // nothing open, nothing to undo: the workspace stays deleted
    expect(await session.listWorkspaces()).toEqual([]);
    await session.history.execute(reverseOf(deletion, 'restore workspace'));
    const back = await session.openWorkspace(workspaceId);
    expect(back.workspace.name).toBe('Operation Renamed');
    expect(back.entities.has(a) && back.links.has(link)).toBe(true);
    // A restored workspace starts with a fresh history.
    expect(session.history.canUndo()).toBe(false);
    expect((await session.audit.verify()).ok).toBe(true);
  });

  it('keeps one undo history per workspace', async () => {
    const { session, workspaceId, a } = await seeded();
    const other = createWorkspace({ name: 'Operation Other' });
    await session.history.execute(other);
    const there = createEntity(other.id, nominal('Other Person', 'Person'));
    await session.history.execute(there);
    // The open workspace is still the first: its undo is its own last edit, not the other's.
    expect(session.history.undoLabel()).toBe('add associate of link');
    await session.openWorkspace(other.id);
    expect(session.history.undoLabel()).toBe('add Other Person');
    await session.history.undo();
    expect(loaded(session).entities.size).toBe(0);
    await session.openWorkspace(workspaceId);
    expect(loaded(session).entities.has(a)).toBe(true);
    expect(session.history.redoLabel()).toBeUndefined();
    await session.openWorkspace(other.id);
    expect(session.history.redoLabel()).toBe('add Other Person');
  });

  it('hands out immutable snapshots: an edit copies only the tables it touches', async () => {
    const { session, workspaceId, a } = await seeded();
    const before = loaded(session);
    const entitiesBefore = new Map(before.entities);
    await session.history.execute(updateEntity(a, { notes: 'seen at the garage' }));
    const after = loaded(session);
    expect(after.version).toBe(before.version + 1);
    expect(after.entities).not.toBe(before.entities);
    expect(after.links).toBe(before.links);
    expect(before.entities).toEqual(entitiesBefore);
    expect(after.entities.get(a)?.notes).toBe('seen at the garage');
    await session.history.execute(createEntity(workspaceId, nominal('New Person', 'Person')));
    expect(loaded(session).entities.size).toBe(after.entities.size + 1);
    expect(after.entities.size).toBe(entitiesBefore.size);
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

  it('validates a large import ahead, in slices, and still refuses the lot for one bad record', async () => {
    const { session, workspaceId } = await seeded();
    const now = new Date().toISOString();
    const many = Array.from({ length: 2500 }, (_, i) => ({
      ...nominal(`Bulk Person ${i}`, 'Person'),
      id: newId('ent'),
      workspaceId,
      createdAt: now,
      updatedAt: now,
    })) as Entity[];
    const broken = many.map((e, i) => (i === 1700 ? { ...e, kind: 'spaceship' } : e)) as Entity[];
    await expect(
      session.history.execute(
        importRecords(workspaceId, { entities: broken, links: [], intel: [] }, 'bad'),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(session.current()?.entities.size).toBe(2);

    await session.history.execute(
      importRecords(workspaceId, { entities: many, links: [], intel: [] }, 'good'),
    );
    expect(session.current()?.entities.size).toBe(2 + 2500);
    expect(session.current()?.entities.get(many[2499]!.id)?.label).toBe('Bulk Person 2499');
    await session.history.undo();
    expect(session.current()?.entities.size).toBe(2);
    await session.history.redo();
    expect(session.current()?.entities.size).toBe(2 + 2500);
  });
});
