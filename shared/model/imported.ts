import { z } from 'zod';

/**
 * What another tool's file said about an entity or link that the model has no field for, kept
 * under the file's own names so nothing is lost and nothing is guessed onto a model field.
 * Records are stored as JSON, which cannot hold infinities or NaN, so those are tagged.
 */
export const NON_FINITE = ['inf', '-inf', 'nan'] as const;
export type NonFinite = (typeof NON_FINITE)[number];

export const importedValueSchema = z.union([
  z.string().max(20000),
  z.number().refine(Number.isFinite, 'Use { nonFinite } for infinities and NaN'),
  z.boolean(),
  z.object({ nonFinite: z.enum(NON_FINITE) }).strict(),
]);
export type ImportedValue = z.infer<typeof importedValueSchema>;

export const MAX_IMPORTED_ATTRIBUTES = 500;

export const importedSchema = z
  .record(z.string().min(1).max(200), importedValueSchema)
  .refine((bag) => Object.keys(bag).length <= MAX_IMPORTED_ATTRIBUTES, {
    message: `At most ${MAX_IMPORTED_ATTRIBUTES} imported attributes`,
  });
export type Imported = z.infer<typeof importedSchema>;

/** The number an imported value stands for (tagged non-finite values included), if it is one. */
export function importedNumber(value: ImportedValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null)
    return value.nonFinite === 'inf' ? Infinity : value.nonFinite === '-inf' ? -Infinity : NaN;
  return undefined;
}

/** Stores a plain value in the bag's JSON-safe form. */
export function toImportedValue(value: string | number | boolean): ImportedValue {
  if (typeof value !== 'number' || Number.isFinite(value)) return value;
  return { nonFinite: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
}

/** The plain value back, with infinities and NaN as numbers again. */
export function fromImportedValue(value: ImportedValue): string | number | boolean {
  return typeof value === 'object' ? (importedNumber(value) ?? NaN) : value;
}
