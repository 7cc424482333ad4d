import { IV_BYTES, randomBytes, recordAad, recordPlaintext } from '../../../shared/crypto';

/** A slice of plain records to seal: one JSON array text crosses to the worker fastest. */
export interface SealJob {
  kind: 'seal';
  table: string;
  keyField: string;
  json: string;
  key: CryptoKey;
}

export interface SealedRows {
  /** One envelope (IV ‖ ciphertext ‖ tag) per record, in the order given. */
  envs: Uint8Array[];
}

/**
 * Seals records exactly as the middleware's synchronous cipher does (same padded plaintext, same
 * additional data binding format, table and id, a fresh random IV each), but with WebCrypto, off the UI
 * thread. Used for large writes, whose sealing would otherwise freeze the window for seconds.
 */
export async function sealRows(job: SealJob): Promise<SealedRows> {
  const records = JSON.parse(job.json) as Record<string, unknown>[];
  const envs = await Promise.all(
    records.map(async (record) => {
      const iv = randomBytes(IV_BYTES);
      const ct = new Uint8Array(
        await crypto.subtle.encrypt(
          {
            name: 'AES-GCM',
            iv: iv as Uint8Array<ArrayBuffer>,
            additionalData: recordAad(
              job.table,
              String(record[job.keyField]),
            ) as Uint8Array<ArrayBuffer>,
          },
          job.key,
          recordPlaintext(record) as Uint8Array<ArrayBuffer>,
        ),
      );
      const env = new Uint8Array(IV_BYTES + ct.length);
      env.set(iv);
      env.set(ct, IV_BYTES);
      return env;
    }),
  );
  return { envs };
}
