import type { z } from 'zod';
import {
  entitySchema,
  intelItemSchema,
  linkSchema,
  placementSchema,
  savedViewSchema,
  workspaceSchema,
} from '../../shared/model';
import type { DataRecords, DataTableName } from './commands/types';
import {
  matrixRecordSchema,
  mergeRecordSchema,
  notDuplicateRecordSchema,
  planRecordSchema,
  profileRecordSchema,
  reviewRecordSchema,
  scoreStoredSchema,
  tacticRecordSchema,
} from './partnership-schemas';
import {
  meetingRecordSchema,
  orderRecordSchema,
  referralRecordSchema,
  registerRecordSchema,
} from './board-schemas';

/** The schema of every data table: what commands validate on the way in and loaders on the way out. */
export const DATA_SCHEMAS: { [T in DataTableName]: z.ZodType<DataRecords[T]> } = {
  workspaces: workspaceSchema,
  entities: entitySchema,
  links: linkSchema,
  intel: intelItemSchema,
  views: savedViewSchema,
  plans: planRecordSchema,
  tactics: tacticRecordSchema,
  scores: scoreStoredSchema,
  matrices: matrixRecordSchema,
  profiles: profileRecordSchema,
  reviews: reviewRecordSchema,
  merges: mergeRecordSchema,
  placements: placementSchema,
  notDuplicates: notDuplicateRecordSchema,
  orders: orderRecordSchema,
  referrals: referralRecordSchema,
  registers: registerRecordSchema,
  meetings: meetingRecordSchema,
};
