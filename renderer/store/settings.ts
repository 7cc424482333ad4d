import type { z } from 'zod';
import type { VaultSettings } from './api';
import type { StoreTx } from './db';
import { ValidationError } from './errors';
import { settingsRecordSchema } from './record-schemas';

export const SETTINGS_ID = 'settings';
export const DEFAULT_IDLE_MINUTES = 10;

export async function readSettings(tx: StoreTx): Promise<VaultSettings | undefined> {
  const stored = await tx.get<z.infer<typeof settingsRecordSchema>>('meta', SETTINGS_ID);
  return stored ? settingsOf(stored) : undefined;
}

/** The settings the session holds, from the sealed record. */
export function settingsOf(stored: z.infer<typeof settingsRecordSchema>): VaultSettings {
  const { userName, idleLockMinutes, twoPerson } = stored;
  return { userName, idleLockMinutes, ...(twoPerson ? { twoPerson } : {}) };
}

/** The sealed settings record, or ValidationError naming the field at fault. */
export function settingsRecord(settings: VaultSettings) {
  const parsed = settingsRecordSchema.safeParse({ id: SETTINGS_ID, ...settings });
  if (!parsed.success) throw ValidationError.fromZod('The settings', parsed.error);
  return parsed.data;
}
