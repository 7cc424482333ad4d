import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PASS, rawDb, seeded } from './helpers';

describe('audit log in the vault', () => {
  it('records who did what, and verifies', async () => {
    const { session, workspaceId } = await seeded();
    const events = await session.audit.list();
    expect(events.map((e) => `${e.action} ${e.subject}`)).toEqual([
      'create vault',
      'create workspace',
      'create entity',
      'create entity',
      'create link',
      'view workspace',
    ]);
    expect(events.every((e) => e.actor === 'DC Test')).toBe(true);
    expect(await session.audit.list({ action: 'view', workspaceId })).toHaveLength(1);
    expect(await session.audit.list({ text: 'OPENED' })).toHaveLength(1);
    expect(await session.audit.verify()).toEqual({ ok: true, checked: 6 });
  });

  it('records actions that change no record, such as an export', async () => {
    const { session } = await seeded();
    await session.audit.record({
      action: 'export',
      subject: 'audit',
      targets: [],
      detail: 'Audit log CSV',
    });
    const last = (await session.audit.list()).pop();
    expect(last?.action).toBe('export');
    expect(session.audit.toCsv([last!])).toMatch(/^seq,at,actor/);
  });

  it('detects a deleted event in the middle', async () => {
    const { dbName, service, session } = await seeded();
    await session.lock('user');
    const raw = await rawDb(dbName);
    await raw.table('audit').delete(3);
    raw.close();
    const check = await (await service.unlock(PASS)).audit.verify();
    expect(check.problem).toEqual({ seq: 3, reason: expect.stringMatching(/missing/) });
  });

  it('detects the end of the log cut off, using the sealed head', async () => {
    const { dbName, session } = await seeded();
    const raw = await rawDb(dbName);
    const last = (await raw.table('audit').orderBy('seq').last()) as { seq: number };
    await raw.table('audit').delete(last.seq);
    raw.close();
    const check = await session.audit.verify();
    expect(check.ok).toBe(false);
    expect(check.problem?.reason).toMatch(/cut off/);
  });
});
