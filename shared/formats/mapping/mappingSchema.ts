import { z } from 'zod';
import { ENTITY_KIND_IDS, LINK_KIND_IDS } from '../../model';
import { DATE_FORMATS } from './parseDate';

/** A column of the spreadsheet, by its header text. */
const column = z.string().min(1).max(200);

/**
 * One entity made from each row (as an i2 import specification's entity or a Maltego table
 * import column group). `fields` maps a field of the kind (see mappableFields) to a column.
 */
export const entityTemplateSchema = z.object({
  /** Short name links refer to, e.g. "caller" or "person". */
  key: z.string().regex(/^[A-Za-z][\w-]{0,39}$/, 'Use letters, digits, - or _ for a template name'),
  kind: z.enum(ENTITY_KIND_IDS),
  label: column.optional(),
  /** Rows with the same value here (normalised) become one entity; defaults to the label. */
  identity: column.optional(),
  fields: z.record(z.string(), column).default({}),
});
export type EntityTemplate = z.infer<typeof entityTemplateSchema>;

export const linkTemplateSchema = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(LINK_KIND_IDS),
  firstSeen: column.optional(),
  lastSeen: column.optional(),
  /** A column of 1-5, or a fixed strength for every link. */
  strengthColumn: column.optional(),
  strength: z.number().int().min(1).max(5).default(3),
  /** A column holding a 3x5x2 grade such as "2B P". */
  grade: column.optional(),
  /** The written conditions when the grade's handling code is C. */
  conditions: column.optional(),
});
export type LinkTemplate = z.infer<typeof linkTemplateSchema>;

export const MAPPING_FORMAT = 'linchpin-mapping';

/** A saved, reusable column mapping: plain JSON, written and read as a .json file. */
export const mappingSchema = z
  .object({
    format: z.literal(MAPPING_FORMAT).default(MAPPING_FORMAT),
    version: z.literal(1).default(1),
    dateFormat: z.enum(DATE_FORMATS).default('auto-dmy'),
    defaultRegion: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .default('GB'),
    entities: z.array(entityTemplateSchema).max(20),
    links: z.array(linkTemplateSchema).max(40).default([]),
  })
  .superRefine((m, ctx) => {
    const keys = m.entities.map((e) => e.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i)
        ctx.addIssue({ code: 'custom', message: `Two entity templates are named "${k}".` });
    });
    m.links.forEach((l, i) => {
      for (const end of [l.from, l.to])
        if (!keys.includes(end))
          ctx.addIssue({
            code: 'custom',
            path: ['links', i],
            message: `Link ${i + 1} refers to "${end}", which is not an entity template.`,
          });
      if (l.from === l.to)
        ctx.addIssue({
          code: 'custom',
          path: ['links', i],
          message: `Link ${i + 1} joins "${l.from}" to itself; choose two different templates.`,
        });
    });
  });
export type Mapping = z.infer<typeof mappingSchema>;
export type MappingInput = z.input<typeof mappingSchema>;
