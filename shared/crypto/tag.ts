import { toBase64Url } from './bytes';
import { TAG_BYTES, type Sealed } from './envelope';

/**
 * The AES-GCM tag of a sealed value, as text. It is a MAC over the additional data and the
 * ciphertext under the data key with that write's random IV, so every write of a record has its
 * own tag and nobody without the key can make a valid envelope with a chosen one. A manifest that
 * holds each record's tag therefore pins the exact version written: an older copy put back, even
 * one that still authenticates, has another tag.
 */
export function tagOf(sealed: Sealed): string {
  return toBase64Url(sealed.subarray(sealed.length - TAG_BYTES));
}
