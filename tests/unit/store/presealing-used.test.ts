import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createWorkspaceWithRecords } from '../../../renderer/store/commands';
import { person, sampleId } from '../../../renderer/dev/factories';
import { PASS, freshService } from './helpers';
import type * as Crypto from '../../../shared/crypto';

const calls = vi.hoisted(() => ({ sync: 0 }));
vi.mock('../../../shared/crypto', async (importOriginal) => {
  const real = await importOriginal<typeof Crypto>();
  return {
    ...real,
    sealRecord: (...args: Parameters<typeof real.sealRecord>) => {
      calls.sync += 1;
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
    calls.sync = 0;
    await session.history.execute(
      createWorkspaceWithRecords({ name: 'Large' }, { entities, links: [], intel: [] }, 'test'),
    );
    // The workspace record and the audit events; none of the 1,500 entities.
    expect(calls.sync).toBeLessThan(10);
  });
});
