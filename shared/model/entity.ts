import { z } from 'zod';
import { classificationSchema } from './classification';
import { isoDateSchema, isoInstantSchema } from './dates';
import { ENTITY_KIND_IDS } from './kinds';
import { importedSchema } from './imported';
import { recordIdSchema as idSchema } from './recordSchemas';

const text = (max = 500) => z.string().max(max);

export const NOMINAL_ROLES = ['suspect', 'victim', 'witness', 'associate', 'enabler'] as const;
export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Safeguarding facts about a person. Exploited children are victims first. */
export const safeguardingSchema = z.object({
  vulnerable: z.boolean().default(false),
  missingEpisodes: z.number().int().min(0).max(10000).default(0),
  lookedAfter: z.boolean().default(false),
  excludedOrReducedTimetable: z.boolean().default(false),
  cuckooedOccupant: z.boolean().default(false),
  cceRisk: z.enum(RISK_LEVELS).optional(),
  cseRisk: z.enum(RISK_LEVELS).optional(),
  assessedBy: text(200).optional(),
  assessedOn: isoDateSchema.optional(),
  notes: text(4000).optional(),
});
export type Safeguarding = z.infer<typeof safeguardingSchema>;

export const nominalAttrsSchema = z.object({
  forenames: text(200).default(''),
  surname: text(200).default(''),
  aliases: z.array(text(200)).max(100).default([]),
  dateOfBirth: isoDateSchema.optional(),
  gender: text(50).optional(),
  roles: z.array(z.enum(NOMINAL_ROLES)).max(5).default([]),
  safeguarding: safeguardingSchema.optional(),
});

export const LOCATION_USES = [
  'home',
  'cuckooed',
  'trap_house',
  'business',
  'licensed_premises',
  'public_place',
  'school',
  'other',
] as const;

export const locationAttrsSchema = z.object({
  address: text(500).default(''),
  postcode: text(10).optional(),
  use: z.enum(LOCATION_USES).default('other'),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

export const phoneAttrsSchema = z.object({
  /** E.164, e.g. +447700900123. */
  number: z.string().regex(/^\+[1-9]\d{6,14}$/, 'Expected an E.164 number such as +447700900123'),
  dealLineBrand: text(100).optional(),
  handset: text(100).optional(),
});

export const vehicleAttrsSchema = z.object({
  registration: text(12),
  make: text(60).optional(),
  model: text(60).optional(),
  colour: text(40).optional(),
});

export const groupAttrsSchema = z.object({
  aliases: z.array(text(200)).max(100).default([]),
  area: text(200).optional(),
  activity: text(500).optional(),
});

export const organisationAttrsSchema = z.object({
  sector: text(200).optional(),
  registeredNumber: text(40).optional(),
});

/** An entity whose kind is none of the others: the type its source file gave it. */
export const otherAttrsSchema = z.object({
  type: text(200).default(''),
});

const common = {
  id: idSchema,
  workspaceId: idSchema,
  label: text(300).min(1, 'A label is required'),
  notes: text(10000).default(''),
  classification: classificationSchema.default('OFFICIAL'),
  reviewDate: isoDateSchema.optional(),
  /** Intelligence items this entity's existence and attributes rest on. */
  provenance: z.array(idSchema).max(1000).default([]),
  /** Attributes from the file it was imported from, under their own names. */
  imported: importedSchema.optional(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
};

export const entitySchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('nominal'), attrs: nominalAttrsSchema }),
  z.object({ ...common, kind: z.literal('ocg'), attrs: groupAttrsSchema }),
  z.object({ ...common, kind: z.literal('usg'), attrs: groupAttrsSchema }),
  z.object({ ...common, kind: z.literal('location'), attrs: locationAttrsSchema }),
  z.object({ ...common, kind: z.literal('phone'), attrs: phoneAttrsSchema }),
  z.object({ ...common, kind: z.literal('vehicle'), attrs: vehicleAttrsSchema }),
  z.object({ ...common, kind: z.literal('organisation'), attrs: organisationAttrsSchema }),
  z.object({ ...common, kind: z.literal('other'), attrs: otherAttrsSchema }),
]);
export type Entity = z.infer<typeof entitySchema>;
export type EntityOf<K extends Entity['kind']> = Extract<Entity, { kind: K }>;

// Keep the list of kinds and the union in step: a compile error here means one was added alone.
const _kindsCheck: readonly Entity['kind'][] = ENTITY_KIND_IDS;
void _kindsCheck;
