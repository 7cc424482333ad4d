export {
  mappingSchema,
  entityTemplateSchema,
  linkTemplateSchema,
  MAPPING_FORMAT,
  type Mapping,
  type MappingInput,
  type EntityTemplate,
  type LinkTemplate,
} from './mappingSchema';
export {
  MAPPABLE_FIELDS,
  NATURAL_KEY,
  fieldOf,
  type FieldType,
  type MappableField,
} from './fields';
export { parseDate, describeFormat, DATE_FORMATS, type DateFormat, type Parsed } from './parseDate';
export { parseCell, type CellOptions } from './parseCell';
export { parseGrade } from './parseGrade';
export { tableFromCells, tableFromCsv, tableFromSheet, type Table } from './table';
export {
  applyMapping,
  createMappingRun,
  type MappingContext,
  type MappingOutcome,
  type MappingReport,
  type RowProblem,
} from './applyMapping';
export { previewRows, type PreviewCell } from './previewRows';
export { readMappingFile, writeMappingFile } from './mappingFile';
export { mappingColumns } from './mappingColumns';
export { formulaFlags, type EntityOutcome, type RowOutcome } from './rowReport';
