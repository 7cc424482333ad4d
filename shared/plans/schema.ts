import { z } from 'zod';
import { ID_REGEX, isoDateSchema, isoInstantSchema } from '../model';
import { ACTION_STATUS_IDS, AGENCY_KIND_IDS, PILLAR_IDS } from './pillars';

const idSchema = z.string().regex(ID_REGEX, 'Not a valid record id');
const TACTIC_ID = /^[a-z][a-z0-9_]{1,59}$/;

export const tacticSchema = z.object({
  id: z.string().regex(TACTIC_ID, 'A tactic id is lower-case letters, digits and underscores'),
  label: z.string().trim().min(1, 'A tactic needs a name').max(200),
  pillars: z.array(z.enum(PILLAR_IDS)).min(1, 'Say which pillar the tactic serves').max(4),
  leadAgencyKind: z.enum(AGENCY_KIND_IDS),
  description: z.string().max(2000).default(''),
  /** The statute or guidance the power comes from, when there is one. */
  authority: z.string().max(300).default(''),
});
export type Tactic = z.infer<typeof tacticSchema>;

export const planActionSchema = z
  .object({
    id: idSchema,
    pillar: z.enum(PILLAR_IDS),
    tacticId: z.string().regex(TACTIC_ID, 'Choose a tactic from the catalogue'),
    leadAgency: z.string().trim().min(1, 'Name the lead agency').max(200),
    targetIds: z.array(idSchema).max(500).default([]),
    owner: z.string().trim().min(1, 'Name the person who owns this action').max(200),
    dueDate: isoDateSchema,
    status: z.enum(ACTION_STATUS_IDS).default('planned'),
    outcome: z.string().max(4000).default(''),
  })
  .refine((a) => a.status !== 'done' || a.outcome.trim().length > 0, {
    message: 'An action marked done needs its outcome written down',
    path: ['outcome'],
  });
export type PlanAction = z.infer<typeof planActionSchema>;

export const disruptionPlanSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** Usually one OCG; a nominal or a location can have a plan of its own. */
  subjectIds: z.array(idSchema).min(1, 'A plan needs a subject').max(50),
  lro: z.string().trim().min(1, 'Name the Lead Responsible Officer').max(200),
  aims: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  actions: z.array(planActionSchema).max(2000).default([]),
  /** Tactics the partnership added to the built-in catalogue for this plan. */
  customTactics: z.array(tacticSchema).max(200).default([]),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type DisruptionPlan = z.infer<typeof disruptionPlanSchema>;
