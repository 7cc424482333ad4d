import { z } from 'zod';

const levelText = z.string().trim().min(1, 'Describe what this score means').max(500);

export const criterionSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'A criterion id is lower-case letters, digits and underscores',
    ),
  label: z.string().trim().min(1).max(100),
  question: z.string().max(500).default(''),
  /** Relative importance; 0 keeps the criterion on the form but out of the total. */
  weight: z.number().min(0).max(10),
  /** What scores 1 to 5 mean, in order, so that two scorers read the scale the same way. */
  levels: z.tuple([levelText, levelText, levelText, levelText, levelText]),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const scoringMatrixSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: z.string().trim().min(1).max(200),
    criteria: z.array(criterionSchema).min(1, 'A matrix needs at least one criterion').max(30),
    /** Totals (0-100) at or above which a group is banded medium and high. */
    bands: z
      .object({ medium: z.number().min(0).max(100), high: z.number().min(0).max(100) })
      .default({ medium: 40, high: 70 }),
  })
  .refine((m) => new Set(m.criteria.map((c) => c.id)).size === m.criteria.length, {
    message: 'Two criteria share an id',
    path: ['criteria'],
  })
  .refine((m) => m.criteria.some((c) => c.weight > 0), {
    message: 'At least one criterion needs a weight above zero',
    path: ['criteria'],
  })
  .refine((m) => m.bands.medium <= m.bands.high, {
    message: 'The medium band must start below the high band',
    path: ['bands'],
  });
export type ScoringMatrix = z.infer<typeof scoringMatrixSchema>;

/** Starting matrix; a force replaces the weights and wording with its own. */
export const DEFAULT_MATRIX: ScoringMatrix = scoringMatrixSchema.parse({
  id: 'default-v1',
  name: 'Local OCG prioritisation (default)',
  criteria: [
    {
      id: 'harm',
      label: 'Harm',
      question: 'How much harm does the group cause to people and communities?',
      weight: 3,
      levels: [
        'No identifiable harm',
        'Minor or short-lived harm to few people',
        'Moderate harm or harm to several people',
        'Serious harm, including violence or sustained exploitation',
        'Life-threatening harm or harm to many people',
      ],
    },
    {
      id: 'threat',
      label: 'Threat',
      question: 'How active and persistent is the group now?',
      weight: 2,
      levels: [
        'Dormant',
        'Occasional activity',
        'Regular activity in one area',
        'Sustained activity across areas',
        'Escalating activity across force borders',
      ],
    },
    {
      id: 'risk',
      label: 'Risk',
      question: 'How likely is further harm in the next months?',
      weight: 2,
      levels: ['Very unlikely', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
    },
    {
      id: 'capability',
      label: 'Capability',
      question: 'What can the group do: weapons, money, reach, corrupt contacts?',
      weight: 2,
      levels: [
        'No notable capability',
        'Limited means and reach',
        'Established supply or finance',
        'Access to weapons or professional enablers',
        'Firearms, corruption or international reach',
      ],
    },
    {
      id: 'intent',
      label: 'Intent',
      question: 'How determined is the group to offend and to resist disruption?',
      weight: 1,
      levels: [
        'No evident intent',
        'Opportunistic',
        'Deliberate but deterrable',
        'Determined; adapts to disruption',
        'Determined and uses violence to protect its business',
      ],
    },
    {
      id: 'vulnerability',
      label: 'Vulnerability of those exploited',
      question: 'How vulnerable are the people the group exploits?',
      weight: 3,
      levels: [
        'No exploitation known',
        'Adults exploited, little vulnerability',
        'Vulnerable adults exploited',
        'Children exploited or homes cuckooed',
        'Many children exploited, or serious sexual or criminal exploitation',
      ],
    },
  ],
});
