import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createWorkspaceWithRecords } from '../../../renderer/store/commands';
import { person, sampleId } from '../../../renderer/dev/factories';
import { PASS, freshService } from './helpers';
import type * as Crypto from '../../../shared/crypto';

const calls = vi.hoisted(() => ({ byTable: new Map<string, number>() }));
vi.mock('../../../shared/crypto', async (importOriginal) => {
  const real = await importOriginal<typeof Crypto>();
  return {
    ...real,
    sealRecord: (...args: Parameters<typeof real.sealRecord>) => {
      calls.byTable.set(args[1], (calls.byTable.get(args[1]) ?? 0) + 1);
      return real.sealRecord(...args);
    },
  };
});

describe('a large write in the vault', () => {
  it('is sealed ahead in the workers: the middleware seals only the few small records', async () => {
    const { service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const entities = Array.from({ length: 1500 }, (_, i) =>
      person(sampleId('ent', i + 1), `Invented Person ${i + 1}`),
    );
    calls.byTable.clear();
    await session.history.execute(
      createWorkspaceWithRecords({ name: 'Large' }, { entities, links: [], intel: [] }, 'test'),
    );
    // The audit events and the manifest; none of the 1,500 entities (nor the workspace record,
    // which was sealed ahead with them).
    expect(calls.byTable.get('entities')).toBeUndefined();
    expect(calls.byTable.get('audit')).toBe(2);
    // The manifest: the new workspace's 64 segments, the vault's one, and the root (meta).
    expect(calls.byTable.get('manifests')).toBeLessThanOrEqual(65);
    expect(calls.byTable.get('meta')).toBe(1);
  });
});
