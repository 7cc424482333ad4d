export { fromUtf8, randomBytes, toHex, utf8, zeroise } from './bytes';
export { canonicalJson } from './canonical-json';
export { loadSha256, sha256Hex, type Sha256Hex } from './sha256';
export {
  DEFAULT_KDF,
  KEY_BYTES,
  SALT_BYTES,
  checkKdfParams,
  deriveKek,
  type KdfParams,
} from './kdf';
export {
  AuthenticationError,
  IV_BYTES,
  TAG_BYTES,
  ciphertextOf,
  decrypt,
  encrypt,
  isSealed,
  ivOf,
  type Sealed,
} from './envelope';
export { openRecord, recordAad, sealRecord } from './record-seal';
export { newDataKey, unwrapDataKey, wrapDataKey } from './key-wrap';
