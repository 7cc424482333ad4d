import { newDataKey, zeroise, type KdfParams } from '../../shared/crypto';
import { appendAudit } from './audit-append';
import { openVaultDatabase } from './db';
import { anchorKeeper } from './anchor';
import { ValidationError } from './errors';
import { armKeyRing, disarmKeyRing, emptyKeyRing, requireKey, type KeyRing } from './key-ring';
import { readForRotation } from './key-rotation';
import type { LoaderPool } from './load/loader-pool';
import type { WriteContext } from './plan-runner';
import { rewriteVault } from './rewrite-vault';
import type { SideStore } from './side-store';
import { openHeader, parseHeader, rewrapHeader } from './vault-header';

export interface PassphraseChangeDeps {
  ring: KeyRing;
  pool: LoaderPool;
  side: SideStore;
  kdf: KdfParams;
}

/**
 * A new passphrase (new salt, current KDF parameters). With `reencrypt` (the default) the vault
 * also gets a new data key: every record, the manifest and the audit log are sealed again under
 * it in one transaction and the old wrapped key is overwritten, so the old passphrase opens
 * nothing written from now on. Without it only the data key is re-wrapped, which is quick but
 * leaves the old passphrase able to open everything, past and future, from any old copy of the
 * header. A wrong old passphrase throws WrongPassphraseError before anything is written.
 */
export async function changePassphrase(
  ctx: WriteContext,
  deps: PassphraseChangeDeps,
  oldPassphrase: string,
  newPassphrase: string,
  reencrypt = true,
): Promise<void> {
  const { ring, pool, side, kdf } = deps;
  const dek = requireKey(ring);
  if (!newPassphrase) throw new ValidationError('The new passphrase', 'It must not be empty.');
  const stored = await ctx.db.readHeader();
  if (!stored) throw new Error('The vault header is missing, so the passphrase cannot be changed.');
  zeroise(await openHeader(parseHeader(stored), oldPassphrase));
  const detail = `Key derivation: Argon2id ${kdf.memoryKiB} KiB, ${kdf.iterations} passes`;
  if (!reencrypt) {
    const next = await rewrapHeader(dek, newPassphrase, kdf);
    await ctx.db.write(async (tx) => {
      await tx.put('meta', [next]);
      await appendAudit(
        tx,
        [
          {
            action: 'passphrase-change',
            subject: 'vault',
            targets: [],
            detail: `${detail}; same data key`,
          },
        ],
        { actor: ctx.actor(), at: ctx.now() },
        ctx.sha256,
      );
    });
    return;
  }
  const fresh = newDataKey();
  const next = await armKeyRing(emptyKeyRing(), fresh.slice());
  const db = openVaultDatabase(ctx.db.name, next, { onCommit: anchorKeeper(side, next) });
  try {
    const now = ctx.now();
    const header = await rewrapHeader(fresh, newPassphrase, kdf);
    const contents = await readForRotation({ db: ctx.db, ring, next, pool, header, now });
    await rewriteVault(
      db,
      next,
      pool,
      contents,
      {
        action: 'passphrase-change',
        subject: 'vault',
        targets: [],
        detail: `${detail}; new data key: every record sealed again, the old wrapped key overwritten`,
      },
      { actor: ctx.actor(), at: now, sha256: ctx.sha256 },
    );
    // From here the session works under the new key.
    disarmKeyRing(ring);
    await armKeyRing(ring, fresh);
  } catch (e) {
    zeroise(fresh);
    throw e;
  } finally {
    disarmKeyRing(next);
    db.close();
  }
}
