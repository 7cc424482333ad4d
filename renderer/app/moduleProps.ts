import type { Platform } from '../platform';
import type { AuditLog, Command, LoadedWorkspace, VaultSettings } from '../store';

/**
 * What every screen inside an open workspace receives (map, import and export, duplicates,
 * profiles, plans, prioritisation, safeguarding, review, briefing). Edits go through `run`, so
 * undo, redo and the audit log see them; actions that change no record (a view, an export, a
 * disclosure) are written with `audit.record`.
 */
export interface WorkspaceModuleProps {
  loaded: LoadedWorkspace;
  run: (command: Command) => Promise<void>;
  platform: Platform;
  audit: AuditLog;
  /** The analyst's name, as recorded in the audit log. */
  userName: string;
  /** ISO date used for "today" (children by date of birth, overdue actions, reviews). */
  today: string;
  /** The vault's two-person rule (Settings): a second person signs disclosures and disposals off. */
  twoPerson?: VaultSettings['twoPerson'];
}
