/**
 * Splits openWorkspace's time into its parts (read rows, decrypt, parse + validate) on the same
 * sealed rows, on this thread alone (no workers), so a slow figure says where the time goes.
 */
import {
  ciphertextOf,
  decrypt,
  fromUtf8,
  ivOf,
  recordAad,
  type Sealed,
} from '../../../shared/crypto';
import { openVaultDatabase } from '../../../renderer/store/db';
import { armKeyRing, emptyKeyRing, workspaceKey } from '../../../renderer/store/key-ring';
import { checkRecord } from '../../../renderer/store/record-schemas';
import { openHeader, parseHeader } from '../../../renderer/store/vault-header';

export async function openPhases(
  dbName: string,
  passphrase: string,
  workspaceId: string,
): Promise<Record<string, number>> {
  const ring = emptyKeyRing();
  const db = openVaultDatabase(dbName, ring);
  try {
    const header = parseHeader((await db.readHeader()) as Record<string, unknown>);
    const dek = await openHeader(header, passphrase);
    const keys = await armKeyRing(emptyKeyRing(), dek.slice());
    const key = keys.cryptoKey!;
    let t = performance.now();
    const rows = await db.rawByWorkspace('entities', workspaceKey(keys, workspaceId));
    const readMs = performance.now() - t;

    t = performance.now();
    const plains: ArrayBuffer[] = [];
    for (let i = 0; i < rows.length; i += 4096) {
      const batch = rows.slice(i, i + 4096);
      plains.push(
        ...(await Promise.all(
          batch.map((r) => {
            const env = r.env as Sealed;
            return crypto.subtle.decrypt(
              {
                name: 'AES-GCM',
                iv: ivOf(env) as Uint8Array<ArrayBuffer>,
                additionalData: recordAad('entities', String(r.id)) as Uint8Array<ArrayBuffer>,
              },
              key,
              ciphertextOf(env) as Uint8Array<ArrayBuffer>,
            );
          }),
        )),
      );
    }
    const webcryptoMs = performance.now() - t;

    t = performance.now();
    for (const r of rows.slice(0, 10_000))
      decrypt(dek, r.env as Sealed, recordAad('entities', String(r.id)), 'bench');
    const nobleMsPer10k = performance.now() - t;

    t = performance.now();
    const parsed = plains.map((p) => JSON.parse(fromUtf8(new Uint8Array(p))) as unknown);
    const parseMs = performance.now() - t;

    t = performance.now();
    for (const p of parsed) checkRecord('entities', p);
    const validateMs = performance.now() - t;

    return {
      rows: rows.length,
      read_ms: Math.round(readMs),
      webcrypto_decrypt_ms: Math.round(webcryptoMs),
      noble_decrypt_ms_per_10000: Math.round(nobleMsPer10k),
      json_parse_ms: Math.round(parseMs),
      zod_validate_ms: Math.round(validateMs),
    };
  } finally {
    db.close();
  }
}
