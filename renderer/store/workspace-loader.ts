import type { Entity, IntelItem, Link, Workspace } from '../../shared/model';
import { openRowsInBulk } from './bulk-open';
import type { VaultDatabase } from './db';
import { NotFoundError } from './errors';
import { requireKey, type KeyRing } from './key-ring';
import { WorkspaceMemory } from './loaded-workspace';

/**
 * Decrypts one workspace into memory: the sealed rows come out through the workspaceId index in
 * three bulk reads, then open in parallel with WebCrypto outside the transaction.
 */
export async function loadWorkspace(
  db: VaultDatabase,
  ring: KeyRing,
  id: string,
): Promise<WorkspaceMemory> {
  requireKey(ring);
  const workspace = await db.read((tx) => tx.get<Workspace>('workspaces', id));
  if (!workspace) throw new NotFoundError('Workspace', id);
  const [entityRows, linkRows, intelRows] = await Promise.all([
    db.rawByWorkspace('entities', id),
    db.rawByWorkspace('links', id),
    db.rawByWorkspace('intel', id),
  ]);
  const key = ring.cryptoKey;
  if (!key) throw new Error('The vault is locked. Unlock it to continue.');
  const [entities, links, intel] = await Promise.all([
    openRowsInBulk<Entity>(key, 'entities', entityRows, ring.failures),
    openRowsInBulk<Link>(key, 'links', linkRows, ring.failures),
    openRowsInBulk<IntelItem>(key, 'intel', intelRows, ring.failures),
  ]);
  return new WorkspaceMemory(workspace, entities, links, intel);
}
