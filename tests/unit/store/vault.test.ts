import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../../renderer/store';
import { createEntity } from '../../../renderer/store/commands';
import { FAST_KDF, PASS, dump, freshService, loaded, nominal, seeded } from './helpers';

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

  it('changes the passphrase without touching records; the old one stops working', async () => {
    const { dbName, service, session, workspaceId } = await seeded();
    const rowsBefore = JSON.parse(await dump(dbName)) as Record<string, unknown>;
    await expect(
      session.changePassphrase('wrong old', 'new passphrase here'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    await session.changePassphrase(PASS, 'new passphrase here');
    const rowsAfter = JSON.parse(await dump(dbName)) as Record<string, unknown>;
    for (const table of ['entities', 'links', 'workspaces', 'intel'])
      expect(rowsAfter[table]).toEqual(rowsBefore[table]);
    await session.lock('user');
    await expect(service.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    const again = await service.unlock('new passphrase here');
    expect((await again.openWorkspace(workspaceId)).entities.size).toBe(2);
    const actions = (await again.audit.list()).map((e) => e.action);
    expect(actions).toContain('passphrase-change');
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
