import { z } from 'zod';
import { isoDateSchema, isoInstantSchema } from '../model';
import { durationSchema, INSTRUMENT_IDS, powerStepSchema } from './instruments';
import { ACTION_STATUS_IDS, AGENCY_KIND_IDS, PILLAR_IDS } from './pillars';
import { recordIdSchema as idSchema } from '../model';

const TACTIC_ID = /^[a-z][a-z0-9_]{1,59}$/;

/**
 * A power or tactic in the catalogue. The built-in powers carry their legal basis, who may use
 * them, their statutory steps and time limits, typical evidence and limits on duration; a
 * partnership's own tactic may leave those empty.
 */
export const tacticSchema = z.object({
  id: z.string().regex(TACTIC_ID, 'A tactic id is lower-case letters, digits and underscores'),
  label: z.string().trim().min(1, 'A tactic needs a name').max(200),
  pillars: z.array(z.enum(PILLAR_IDS)).min(1, 'Say which pillar the tactic serves').max(4),
  /** The agency that owns the power: the default lead of an action that uses it. */
  leadAgencyKind: z.enum(AGENCY_KIND_IDS),
  /** Every agency the law lets use the power, owner first; empty means any agency may lead. */
  agencies: z.array(z.enum(AGENCY_KIND_IDS)).max(20).optional(),
  description: z.string().max(2000).default(''),
  /** The legal basis: Act (or regulations) and section, when there is one. */
  authority: z.string().max(300).default(''),
  /** What the power makes; absent means a plain action. */
  instrument: z.enum(INSTRUMENT_IDS).optional(),
  steps: z.array(powerStepSchema).max(30).optional(),
  evidence: z.array(z.string().trim().min(1).max(300)).max(30).optional(),
  duration: durationSchema.optional(),
});
export type Tactic = z.infer<typeof tacticSchema>;

export const planActionSchema = z
  .object({
    id: idSchema,
    pillar: z.enum(PILLAR_IDS),
    tacticId: z.string().regex(TACTIC_ID, 'Choose a tactic from the catalogue'),
    /** Which kind of agency leads; absent on actions recorded before it was kept. */
    leadAgencyKind: z.enum(AGENCY_KIND_IDS).optional(),
    /** The named agency that leads, e.g. "Kestrelford Borough Council, Licensing". */
    leadAgency: z.string().trim().min(1, 'Name the lead agency').max(200),
    targetIds: z.array(idSchema).max(500).default([]),
    owner: z.string().trim().min(1, 'Name the person who owns this action').max(200),
    dueDate: isoDateSchema,
    status: z.enum(ACTION_STATUS_IDS).default('planned'),
    outcome: z.string().max(4000).default(''),
    /** When the action was finished: outcomes are counted "since the last meeting" by it. */
    doneOn: isoDateSchema.optional(),
    arrests: z.number().int().min(0).max(10_000).optional(),
    charges: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((a) => a.status !== 'done' || a.outcome.trim().length > 0, {
    message: 'An action marked done needs its outcome written down',
    path: ['outcome'],
  });
export type PlanAction = z.infer<typeof planActionSchema>;

/** The LRO's sign-off of the plan at a review: who, when, and what they said. */
export const planSignOffSchema = z.object({
  by: z.string().trim().min(1, 'Name who signs the plan off').max(200),
  on: isoDateSchema,
  note: z.string().max(2000).default(''),
});
export type PlanSignOff = z.infer<typeof planSignOffSchema>;

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
  /** When the board next reviews the plan. */
  reviewDate: isoDateSchema.optional(),
  /** Sign-offs by the LRO, oldest first; never rewritten. */
  signOffs: z.array(planSignOffSchema).max(500).optional(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type DisruptionPlan = z.infer<typeof disruptionPlanSchema>;
