import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IntegrityError, ValidationError } from '../../../renderer/store';
import {
  createEntity,
  createLink,
  deleteEntities,
  deleteLinks,
  updateEntity,
  updateLink,
} from '../../../renderer/store/commands';
import { defineCommand } from '../../../renderer/store/commands/types';
import type { Entity } from '../../../shared/model';
import { PASS, dump, link, loaded, nominal, rawDb, seeded } from './helpers';

const actions = async (s: Awaited<ReturnType<typeof seeded>>['session']) =>
  (await s.audit.list()).map((e) => `${e.action} ${e.subject}`);

describe('entity commands', () => {
  it('create, undo and redo an entity, auditing each step', async () => {
    const { session, workspaceId } = await seeded();
    const v0 = loaded(session).version;
    const cmd = createEntity(workspaceId, nominal('Dwayne Mitchell', 'Mitchell'));
    await session.history.execute(cmd);
    expect(loaded(session).entities.get(cmd.id)?.label).toBe('Dwayne Mitchell');
    expect(loaded(session).version).toBe(v0 + 1);
    expect(session.history.undoLabel()).toBe('add Dwayne Mitchell');

    await session.history.undo();
    expect(loaded(session).entities.has(cmd.id)).toBe(false);
    expect(session.history.redoLabel()).toBe('add Dwayne Mitchell');
    await session.history.redo();
    expect(loaded(session).entities.get(cmd.id)?.label).toBe('Dwayne Mitchell');
    expect((await actions(session)).slice(-3)).toEqual([
      'create entity',
      'delete entity',
      'create entity',
    ]);
    expect((await session.audit.verify()).ok).toBe(true);
  });

  it('updates an entity, and undo puts the earlier values back', async () => {
    const { session, a } = await seeded();
    await session.history.execute(
      updateEntity(a, { label: 'Tyrone "TJ" Okafor', reviewDate: '2027-01-31' }),
    );
    expect(loaded(session).entities.get(a)?.label).toBe('Tyrone "TJ" Okafor');
    expect(loaded(session).entities.get(a)?.reviewDate).toBe('2027-01-31');
    await session.history.undo();
    expect(loaded(session).entities.get(a)?.label).toBe('Tyrone Okafor');
    expect(loaded(session).entities.get(a)?.reviewDate).toBeUndefined();
    await session.history.redo();
    expect(loaded(session).entities.get(a)?.label).toBe('Tyrone "TJ" Okafor');
    const events = await session.audit.list({ action: 'update' });
    expect(events.map((e) => e.detail)).toEqual([
      'Changed label, review date',
      'Undo: restored label, review date',
      'Changed label, review date',
    ]);
  });

  it('refuses an invalid update with a clear error and writes nothing', async () => {
    const { dbName, session, a } = await seeded();
    const before = await dump(dbName);
    await expect(session.history.execute(updateEntity(a, { label: '' }))).rejects.toThrow(
      ValidationError,
    );
    await expect(session.history.execute(updateEntity(a, { label: '' }))).rejects.toThrow(
      /A label is required/,
    );
    expect(await dump(dbName)).toBe(before);
    expect(session.history.canRedo()).toBe(false);
  });

  it('deleting an entity deletes its links, and undo restores both', async () => {
    const { session, a, link: linkId } = await seeded();
    await session.history.execute(deleteEntities([a]));
    expect(loaded(session).entities.has(a)).toBe(false);
    expect(loaded(session).links.has(linkId)).toBe(false);
    expect((await actions(session)).slice(-2)).toEqual(['delete entity', 'delete link']);
    await session.history.undo();
    expect(loaded(session).entities.get(a)?.label).toBe('Tyrone Okafor');
    expect(loaded(session).links.get(linkId)?.source).toBe(a);
    expect((await actions(session)).slice(-2)).toEqual(['restore entity', 'restore link']);
    await session.history.redo();
    expect(loaded(session).links.size).toBe(0);
  });
});

describe('link commands', () => {
  it('refuses a link to an entity that does not exist, writing nothing', async () => {
    const { dbName, session, workspaceId, a } = await seeded();
    const before = await dump(dbName);
    const cmd = createLink(workspaceId, link(a, 'ent_ffffffffffffffffffff'));
    await expect(session.history.execute(cmd)).rejects.toBeInstanceOf(IntegrityError);
    expect(await dump(dbName)).toBe(before);
    expect(loaded(session).links.has(cmd.id)).toBe(false);
  });

  it('refuses first seen after last seen, on create and on update, writing nothing', async () => {
    const { dbName, session, workspaceId, a, b, link: linkId } = await seeded();
    const before = await dump(dbName);
    const bad = createLink(
      workspaceId,
      link(a, b, { firstSeen: '2025-06-02', lastSeen: '2025-06-01' }),
    );
    await expect(session.history.execute(bad)).rejects.toThrow(
      'First seen must not be after last seen',
    );
    await expect(
      session.history.execute(
        updateLink(linkId, { firstSeen: '2026-01-01', lastSeen: '2025-01-01' }),
      ),
    ).rejects.toThrow(/First seen must not be after last seen/);
    expect(await dump(dbName)).toBe(before);
  });

  it('refuses moving a link end onto a missing entity, and deletes links with undo', async () => {
    const { session, link: linkId } = await seeded();
    await expect(
      session.history.execute(updateLink(linkId, { target: 'ent_00000000000000000000' })),
    ).rejects.toThrow(/does not exist/);
    await session.history.execute(deleteLinks([linkId]));
    expect(loaded(session).links.size).toBe(0);
    await session.history.undo();
    expect(loaded(session).links.has(linkId)).toBe(true);
  });
});

describe('one transaction per edit', () => {
  it('rolls the record back when its audit event cannot be written', async () => {
    const { dbName, session, workspaceId } = await seeded();
    const before = await dump(dbName);
    // An edit whose audit event breaks the audit schema (a target longer than 100 characters):
    // the event is refused inside the transaction, so the record must not stay either.
    const entity = {
      ...nominal('Rolled Back', 'Back'),
      id: 'ent_0000000000000000beef',
      workspaceId,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as Entity;
    const cmd = defineCommand('add with a bad audit event', {
      apply: async () => ({
        writes: [{ table: 'entities', put: entity }],
        audit: [{ action: 'create', subject: 'entity', targets: ['x'.repeat(101)], workspaceId }],
      }),
      revert: async () => ({ writes: [], audit: [] }),
    });
    await expect(session.history.execute(cmd)).rejects.toThrow(/audit record/);
    expect(await dump(dbName)).toBe(before);
    expect(loaded(session).entities.has(entity.id)).toBe(false);
    expect(session.history.undoLabel()).toBe('add associate of link');
  });

  it('goes on after audit events put in the log behind its back, never over them', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    const events = await session.audit.list();
    const nextSeq = (events[events.length - 1]?.seq ?? 0) + 1;
    const raw = await rawDb(dbName);
    await raw.table('audit').add({ seq: nextSeq, env: new Uint8Array(40) });
    raw.close();
    const cmd = createEntity(workspaceId, nominal('Still Saved', 'Saved'));
    await session.history.execute(cmd);
    expect(loaded(session).entities.has(cmd.id)).toBe(true);
    await session.lock('user');
    const again = await service.unlock(PASS);
    // The squatter is reported, and the chain shows the break where it sits.
    expect((await again.quarantined()).map((q) => `${q.table} ${q.id}`)).toContain(
      `audit ${nextSeq}`,
    );
    expect((await again.audit.verify()).ok).toBe(false);
  });
});
