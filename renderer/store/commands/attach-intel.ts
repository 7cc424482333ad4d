import type { Command } from '../api';
import { updateRecordCommand } from './record-steps';

/**
 * Sets which intelligence items an entity or a link rests on, named for the history as an
 * attachment or a detachment rather than a generic edit. Undo puts the earlier list back.
 */
export function setProvenance(
  table: 'entities' | 'links',
  id: string,
  provenance: readonly string[],
  label: string,
): Command {
  return updateRecordCommand(table, label, id, { provenance: [...provenance] });
}
