export { fromUtf8, randomBytes, toBase64Url, toHex, utf8, zeroise } from './bytes';
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
export { openRecord, recordAad, recordAadV2, recordPlaintext, sealRecord } from './record-seal';
export { MIN_SEALED_PLAINTEXT, padToBucket, paddedLength } from './padding';
export { tagOf } from './tag';
export { newDataKey, unwrapDataKey, wrapDataKey } from './key-wrap';
export { SUBKEY_PURPOSES, deriveSubkey, type SubkeyPurpose } from './subkeys';
export { createBlindIndex, createTextMac, type BlindIndex, type TextMac } from './blind-index';
export * from './manifest';
