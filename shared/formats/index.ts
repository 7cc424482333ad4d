export * from './result';
export * from './records';
export { DEFAULT_MAX_BYTES, decodeUtf8, type ReadLimits } from './limits';
export type { ExportOptions, Position } from './exportFields';
export * from './warnings';
export { MAX_LABEL } from './assemble';
export { chooseKind, type TypeChoice, type TypeMap } from './anx/anxTypes';
export { readTypeMapFile, writeTypeMapFile, TYPE_MAP_FORMAT } from './anx/typeMapFile';
export { decodeXmlBytes } from './text/decodeText';
export { RESERVED_LINK_FIELDS, RESERVED_NODE_FIELDS } from './fieldCodec';
export { readGraphml } from './graphml/readGraphml';
export { writeGraphml } from './graphml/writeGraphml';
export { readGexf } from './gexf/readGexf';
export { writeGexf, type GexfVersion } from './gexf/writeGexf';
export { readAnx, type AnxReadOptions } from './anx/readAnx';
export { writeAnx } from './anx/writeAnx';
export { readJsonRecords, writeJsonRecords, JSON_FORMAT, JSON_VERSION } from './json/jsonRecords';
export { readEdgeListCsv, writeEdgeListCsv, type EdgeListFiles } from './csv/edgeList';
export { applyCdrMapping, readCallRecords, type CallRecordOptions } from './cdr/readCallRecords';
export {
  CDR_MAPPING_FORMAT,
  CDR_ROLES,
  cdrMappingSchema,
  guessCdrMapping,
  parseCdrMapping,
  writeCdrMappingFile,
  type CdrMapping,
  type CdrRole,
} from './cdr/cdrMapping';
export { attributionLinks, type PhoneAttribution } from './cdr/attribution';
export {
  sealBundle,
  openBundle,
  readBundleHeader,
  DEFAULT_KDF,
  type KdfParams,
} from './bundle/bundle';
export type { BundleHeader } from './bundle/bundleHeader';
export {
  diffBundle,
  type BundleDiff,
  type DiffGroup,
  type RecordChange,
} from './bundle/diffBundle';
export {
  FILE_FORMATS,
  formatOfPath,
  readDocument,
  writeDocument,
  type FileFormat,
  type ReadOptions,
  type WriteOptions,
  type WrittenFiles,
} from './registry';
