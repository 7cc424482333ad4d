import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../../renderer/store';
import { createEntity } from '../../../renderer/store/commands';
import {
  FAST_KDF,
  PASS,
  dump,
  freshService,
  loaded,
  nominal,
  restore,
  seeded,
  snapshot,
  type Snapshot,
} from './helpers';

describe('vault', () => {
  it('reports no vault, then the parameters used to create one', async () => {
    const { service } = freshService();
    expect(await service.info()).toEqual({ exists: false });
    const session = await service.create(PASS, 'DC Test');
    const info = await service.info();
    expect(info.exists).toBe(true);
    expect(info.kdf).toEqual({ algorithm: 'argon2id', ...FAST_KDF });
    expect(session.settings).toEqual({ userName: 'DC Test', idleLockMinutes: 10 });
    await expect(service.create(PASS, 'Again')).rejects.toThrow(/already exists/);
  });

  it('rejects a wrong passphrase and leaves every stored byte as it was', async () => {
    const { dbName, service, session } = await seeded();
    await session.lock('user');
    const before = await dump(dbName);
    await expect(service.unlock('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(service.unlock('')).rejects.toThrow(/does not open this vault/);
    expect(await dump(dbName)).toBe(before);
  });

  it('unlocks with the right passphrase and finds the records again', async () => {
    const { service, session, workspaceId } = await seeded();
    await session.lock('user');
    const again = await service.unlock(PASS);
    expect(again.settings.userName).toBe('DC Test');
    const ws = await again.openWorkspace(workspaceId);
    expect([...ws.entities.values()].map((e) => e.label).sort()).toEqual([
      'Kayleigh Brennan',
      'Tyrone Okafor',
    ]);
    expect(ws.links.size).toBe(1);
  });

  it('changes the passphrase and, by default, the data key: every stored byte is sealed again', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    const before = await snapshot(dbName);
    await expect(
      session.changePassphrase('wrong old', 'new passphrase here'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await snapshot(dbName)).toEqual(before);
    await session.changePassphrase(PASS, 'new passphrase here');
    const after = await snapshot(dbName);
    // Same records (same ids), none of the same bytes; the old wrapped key is gone.
    for (const table of ['entities', 'links', 'intel', 'audit']) {
      const keys = (rows: Snapshot) => rows[table]!.map((r) => r.id ?? r.seq);
      // The audit log has one event more: the change itself.
      expect(keys(after).slice(0, keys(before).length)).toEqual(keys(before));
      const old = new Set(
        before[table]!.map((r) => Buffer.from(r.env as Uint8Array).toString('hex')),
      );
      for (const row of after[table]!)
        expect(old.has(Buffer.from(row.env as Uint8Array).toString('hex'))).toBe(false);
    }
    const header = (rows: Snapshot) => rows.meta!.find((r) => r.id === 'header')!;
    expect(header(after).wrappedDek).not.toEqual(header(before).wrappedDek);
    // Workspace keys are blind keys under the old data key: they change too.
    expect(after.entities![0]!.w).not.toBe(before.entities![0]!.w);
    // The session goes on under the new key, and a later unlock finds everything intact.
    await session.history.execute(createEntity(workspaceId, nominal('Dee Ferris', 'Ferris')));
    await session.lock('user');
    await expect(service.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    const again = await service.unlock('new passphrase here');
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(3);
    expect(await again.quarantined()).toEqual([]);
    expect((await again.audit.verify()).ok).toBe(true);
    const change = (await again.audit.list({ action: 'passphrase-change' }))[0];
    expect(change?.detail).toMatch(/new data key/);
  });

  it('only re-wraps the same data key when asked not to re-encrypt', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    const before = await snapshot(dbName);
    await session.changePassphrase(PASS, 'new passphrase here', { reencrypt: false });
    const after = await snapshot(dbName);
    for (const table of ['entities', 'links', 'workspaces', 'intel'])
      expect(after[table]).toEqual(before[table]);
    await session.lock('user');
    await expect(service.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    const again = await service.unlock('new passphrase here');
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(2);
    expect((await again.audit.list({ action: 'passphrase-change' }))[0]?.detail).toMatch(
      /same data key/,
    );
  });

  it('re-encrypting leaves an older copy of the vault readable only with the old passphrase', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    const copy = await snapshot(dbName);
    await session.changePassphrase(PASS, 'new passphrase here');
    await session.history.execute(createEntity(workspaceId, nominal('Written Later', 'Later')));
    await session.lock('user');
    const current = await snapshot(dbName);
    // The old header, put back beside the new rows, opens with the old passphrase but cannot
    // read anything written since: every row is under the new data key.
    const mixed = { ...current, meta: copy.meta! };
    await restore(dbName, mixed);
    const old = await service.unlock(PASS);
    const ws = await old.openWorkspace(workspaceId).catch(() => undefined);
    expect(ws?.entities.size ?? 0).toBe(0);
    await old.lock('user');
  });

  it('on lock records the lock, drops the open workspace and refuses further work', async () => {
    const { service, session, workspaceId } = await seeded();
    const snapshot = loaded(session);
    let notified = 0;
    session.subscribe(() => notified++);
    await session.lock('idle');
    expect(session.locked).toBe(true);
    expect(session.current()).toBeUndefined();
    expect(snapshot.entities.size).toBe(0);
    expect(notified).toBeGreaterThan(0);
    await expect(session.listWorkspaces()).rejects.toThrow(/locked/);
    await expect(
      session.history.execute(createEntity(workspaceId, nominal('X Y', 'Y'))),
    ).rejects.toThrow(/locked/);
    const again = await service.unlock(PASS);
    const events = await again.audit.list();
    const lock = events.find((e) => e.action === 'lock');
    expect(lock?.detail).toMatch(/idle/);
    expect(events[events.length - 1]?.action).toBe('unlock');
    expect((await again.audit.verify()).ok).toBe(true);
  });

  it('keeps settings sealed and validated', async () => {
    const { service, session } = await seeded();
    await session.updateSettings({ idleLockMinutes: 5, userName: 'DS Jones' });
    await expect(session.updateSettings({ idleLockMinutes: 0 })).rejects.toThrow(
      /at least 1 minute/,
    );
    await session.lock('user');
    const again = await service.unlock(PASS);
    expect(again.settings).toEqual({ userName: 'DS Jones', idleLockMinutes: 5 });
  });
});
