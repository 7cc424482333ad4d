import { z } from 'zod';
import { isoInstantSchema } from './dates';
import { ID_REGEX } from './ids';

/** A stored record's id, or an id one record holds of another. */
export const recordIdSchema = z.string().regex(ID_REGEX, 'Not a valid record id');

/** The fields every stored row has beside what it holds: its id, its workspace, its times. */
export const recordEnvelope = {
  id: recordIdSchema,
  workspaceId: recordIdSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
};
