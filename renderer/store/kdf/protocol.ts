import type { KdfParams } from '../../../shared/crypto';

export type KdfRequest = { passphrase: string; salt: Uint8Array; params: KdfParams };
export type KdfReply = { ok: true; kek: Uint8Array } | { ok: false; message: string };
