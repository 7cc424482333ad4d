/**
 * The hardware's floor for the vault's work, measured in the same run on the same rows: a bare
 * IndexedDB write and read of exactly the rows the vault stored (same count, same bytes, same
 * key and index), and AES-GCM alone on their sealed bytes (WebCrypto, which Chromium runs off
 * the page's thread). No Dexie, no sealing, no checks: what the store's figures are divided by.
 */
import { ciphertextOf, ivOf, recordAad, type Sealed } from '../../../shared/crypto';

type Row = Record<string, unknown> & { env: Uint8Array };

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

async function openFloorDb(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('rows', { keyPath: 'id' });
    store.createIndex('[w+id]', ['w', 'id']);
  };
  return request(open);
}

/** Writes the rows in one transaction, as the vault does, and reads them back by their index. */
export async function idbFloor(rows: readonly Row[]): Promise<{ writeMs: number; readMs: number }> {
  const name = `floor-${rows.length}-${Date.now()}`;
  const db = await openFloorDb(name);
  try {
    let t = performance.now();
    const tx = db.transaction('rows', 'readwrite', { durability: 'default' });
    const store = tx.objectStore('rows');
    for (const row of rows) store.put(row);
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    const writeMs = performance.now() - t;
    const w = rows[0]?.w as string;
    t = performance.now();
    const read = await request(
      db
        .transaction('rows')
        .objectStore('rows')
        .index('[w+id]')
        .getAll(IDBKeyRange.bound([w, ''], [w, '\uffff'])),
    );
    const readMs = performance.now() - t;
    if (read.length !== rows.length) throw new Error('The floor read lost rows.');
    return { writeMs, readMs };
  } finally {
    db.close();
    indexedDB.deleteDatabase(name);
  }
}

/** AES-256-GCM alone: decrypt every row's bytes, then encrypt the same plaintexts again. */
export async function aesFloor(
  key: CryptoKey,
  table: string,
  rows: readonly Row[],
): Promise<{ decryptMs: number; encryptMs: number }> {
  const BATCH = 4096;
  let t = performance.now();
  const plains: ArrayBuffer[] = [];
  for (let i = 0; i < rows.length; i += BATCH)
    plains.push(
      ...(await Promise.all(
        rows.slice(i, i + BATCH).map((r) =>
          crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: ivOf(r.env as Sealed) as Uint8Array<ArrayBuffer>,
              additionalData: recordAad(table, String(r.id)) as Uint8Array<ArrayBuffer>,
            },
            key,
            ciphertextOf(r.env as Sealed) as Uint8Array<ArrayBuffer>,
          ),
        ),
      )),
    );
  const decryptMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < plains.length; i += BATCH)
    await Promise.all(
      plains.slice(i, i + BATCH).map((p, j) =>
        crypto.subtle.encrypt(
          {
            name: 'AES-GCM',
            iv: crypto.getRandomValues(new Uint8Array(12)),
            additionalData: recordAad(table, String(rows[i + j]!.id)) as Uint8Array<ArrayBuffer>,
          },
          key,
          p,
        ),
      ),
    );
  return { decryptMs, encryptMs: performance.now() - t };
}
