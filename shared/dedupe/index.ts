export {
  findDuplicates,
  DEFAULT_THRESHOLD,
  type DuplicatePair,
  type DuplicateOptions,
} from './findDuplicates';
export { scorePair, WEIGHTS, AGAINST, type PairScore } from './scorePair';
export { sameForename } from './nicknames';
export { entityFeatures, type EntityFeatures } from './features';
export { candidatePairs, blockingKeys, MAX_BLOCK } from './blocking';
export { nameKey, nameTokens, jaroWinkler } from './normaliseName';
export {
  mergeEntities,
  mergeRecordSchema,
  MergeError,
  type MergeRecord,
  type MergeOutcome,
} from './merge';
