import { randomBytes, utf8 } from './bytes';
import { AuthenticationError, decrypt, encrypt, type Sealed } from './envelope';
import { KEY_BYTES } from './kdf';

/** Binds the wrapped data key to the header format, so an old or altered header cannot be reused. */
function wrapAad(headerVersion: number): Uint8Array {
  return utf8(`linchpin-vault-dek\u0000v${headerVersion}`);
}

export function newDataKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

export function wrapDataKey(kek: Uint8Array, dek: Uint8Array, headerVersion: number): Sealed {
  return encrypt(kek, dek, wrapAad(headerVersion));
}

/** Throws AuthenticationError when the key-encryption key is wrong (a wrong passphrase). */
export function unwrapDataKey(kek: Uint8Array, wrapped: Sealed, headerVersion: number): Uint8Array {
  const dek = decrypt(kek, wrapped, wrapAad(headerVersion), 'The data key');
  if (dek.length !== KEY_BYTES) throw new AuthenticationError('The data key');
  return dek;
}
