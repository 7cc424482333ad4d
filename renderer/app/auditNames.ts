import { csvCell } from '../../shared/audit';
import type { AuditEvent } from '../../shared/model';
import type { LoadedWorkspace } from '../store';

/** The names of an event's records, where the open workspace still holds them. */
export function recordNames(loaded: LoadedWorkspace | undefined, event: AuditEvent): string[] {
  if (!loaded) return [];
  const names: string[] = [];
  for (const id of event.targets) {
    const label =
      loaded.entities.get(id)?.label ??
      loaded.intel.get(id)?.reference ??
      (loaded.workspace.id === id ? loaded.workspace.name : undefined);
    if (label && !names.includes(label)) names.push(label);
  }
  return names;
}

/** Whether an event mentions `text` anywhere: who, what, its detail, its ids or its records' names. */
export function eventMatches(event: AuditEvent, names: readonly string[], text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return true;
  return [event.actor, event.action, event.subject, event.detail, ...event.targets, ...names].some(
    (s) => s.toLowerCase().includes(t),
  );
}

const COLUMNS = [
  'seq',
  'at',
  'actor',
  'action',
  'subject',
  'records',
  'targets',
  'workspaceId',
  'detail',
  'prevHash',
  'hash',
];

/**
 * The log as CSV with the records' names beside their ids, so a spreadsheet answers "who looked
 * at this person" without the app. Cells are guarded against formula injection.
 */
export function auditCsvWithNames(
  events: readonly AuditEvent[],
  names: (e: AuditEvent) => string[],
): string {
  const rows = [COLUMNS.join(',')];
  for (const e of events) {
    const cells = [
      String(e.seq),
      e.at,
      e.actor,
      e.action,
      e.subject,
      names(e).join('; '),
      e.targets.join(';'),
      e.workspaceId ?? '',
      e.detail,
      e.prevHash,
      e.hash,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
