import { zeroise, type KdfParams } from '../../shared/crypto';
import { appendAudit } from './audit-append';
import { requireKey, type KeyRing } from './key-ring';
import type { WriteContext } from './plan-runner';
import { openHeader, parseHeader, rewrapHeader } from './vault-header';
import { ValidationError } from './errors';

/**
 * Re-wraps the same data key under a new passphrase (new salt, current KDF parameters). Records
 * are untouched. A wrong old passphrase throws WrongPassphraseError before anything is written.
 */
export async function changePassphrase(
  ctx: WriteContext,
  ring: KeyRing,
  oldPassphrase: string,
  newPassphrase: string,
  kdf: KdfParams,
): Promise<void> {
  const dek = requireKey(ring);
  if (!newPassphrase) throw new ValidationError('The new passphrase', 'It must not be empty.');
  const stored = await ctx.db.readHeader();
  if (!stored) throw new Error('The vault header is missing, so the passphrase cannot be changed.');
  const header = parseHeader(stored);
  zeroise(await openHeader(header, oldPassphrase));
  const next = await rewrapHeader(header, dek, newPassphrase, kdf);
  await ctx.db.write(async (tx) => {
    await tx.put('meta', [next]);
    await appendAudit(
      tx,
      [
        {
          action: 'passphrase-change',
          subject: 'vault',
          targets: [],
          detail: `Key derivation: Argon2id ${kdf.memoryKiB} KiB, ${kdf.iterations} passes`,
        },
      ],
      { actor: ctx.actor(), at: ctx.now() },
      ctx.sha256,
    );
  });
}
