import type { DBCore, DBCoreTransaction } from 'dexie';
import type { KeyRing } from '../key-ring';
import { ManifestTx } from './manifest-tx';

/**
 * One ManifestTx per IndexedDB transaction. The sealing middleware reaches it through the
 * request's transaction, the store's facade through Dexie's (its `idbtrans` is the same object).
 */
export class ManifestRegistry {
  /** IndexedDB as Dexie's lowest layer sees it, set by rawCoreMiddleware when the database opens. */
  core: DBCore | undefined;
  private readonly byTrans = new WeakMap<DBCoreTransaction, ManifestTx>();

  constructor(private readonly ring: KeyRing) {}

  rawCore(): DBCore {
    if (!this.core) throw new Error('The vault database is not open.');
    return this.core;
  }

  for(trans: DBCoreTransaction): ManifestTx {
    let tx = this.byTrans.get(trans);
    if (!tx) {
      tx = new ManifestTx(this.rawCore(), trans, this.ring);
      this.byTrans.set(trans, tx);
    }
    return tx;
  }
}
