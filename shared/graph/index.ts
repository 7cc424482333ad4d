export type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  Visible,
  WorkspaceGraph,
} from './types';
export { toGraph, edgeAttributesOf } from './toGraph';
export {
  applyFilters,
  byClassificationCeiling,
  byEntityKind,
  byLinkKind,
  everything,
  filterEntities,
  filterLinks,
  withoutDanglingLinks,
  withoutOrphans,
} from './filters';
export type { Filter } from './filters';
export { asThreeByFiveByTwo, byGradeMinimum, byHandlingCode } from './gradeFilters';
export type { GradeMinimum } from './gradeFilters';
export { byDateRange } from './dateFilter';
export { egoNetwork } from './egoNetwork';
export { dateExtent, overlaps, isUndated } from './dates';
export type { DateRange, Sighting } from './dates';
export { linkActivityHistogram } from './histogram';
export type { Bucket, HistogramBar } from './histogram';
export { buildSearchIndex, removeFromSearchIndex, search, updateSearchIndex } from './search';
export type { MatchedField, SearchHit, SearchIndex } from './search';
export { normalisePhone, normalisePostcode, normaliseVrm } from './normalise';
