import { newId } from '../../../shared/model';
import type { DisclosureEntry, ProfileDraftFields } from '../../../shared/profiles';
import type { Command } from '../api';
import type { ProfileRecord } from '../partnership-schemas';
import {
  auditFor,
  createRecordCommand,
  deleteRecordCommand,
  requireRecord,
  updateRecordCommand,
} from './record-steps';
import { validated } from './validate';
import { defineCommand } from './types';

/** Saves a new partnership profile draft (subject, recipient, sections, the author's words). */
export function createProfileDraft(workspaceId: string, draft: ProfileDraftFields) {
  const id = newId('prf');
  return createRecordCommand('profiles', 'create profile', id, workspaceId, (now) => ({
    id,
    workspaceId,
    draft,
    exports: [],
    createdAt: now,
    updatedAt: now,
  }));
}

export function updateProfileDraft(id: string, draft: ProfileDraftFields): Command {
  return updateRecordCommand('profiles', 'update profile', id, { draft });
}

export function deleteProfileDraft(id: string): Command {
  return deleteRecordCommand('profiles', 'delete profile', id);
}

/**
 * Logs one export of a profile as a disclosure (DPA 2018 s.62): the entry joins the profile's
 * disclosure log and the audit log names the recipient and the records disclosed. A disclosure
 * cannot be taken back, so undo removes it from the profile's list but the audit log keeps both.
 */
export function recordProfileExport(id: string, entry: DisclosureEntry): Command {
  const step =
    (adding: boolean) =>
    async ({ tx, now }: { tx: Parameters<typeof requireRecord>[0]; now: string }) => {
      const profile = await requireRecord(tx, 'profiles', id);
      const exports = adding
        ? [...profile.exports, entry]
        : profile.exports.filter((e) => e.at !== entry.at || e.by !== entry.by);
      const next: ProfileRecord = validated('profiles', { ...profile, exports, updatedAt: now });
      const { disclosed, recipient } = entry;
      const targets = [
        ...disclosed.entityIds,
        ...disclosed.linkIds,
        ...disclosed.intelIds,
        ...(disclosed.recordIds ?? []),
      ];
      const detail = adding
        ? `Profile ${entry.reference ?? ''} exported as ${entry.format.toUpperCase()} to ${recipient.agency} (${recipient.role}) at ${entry.marking}: ${entry.counts.entities} entities, ${entry.counts.links} links, ${entry.counts.intel} intelligence items disclosed; ${entry.counts.withheld} items about the subject withheld${termsDetail(entry)}`
        : `Undo: export of ${entry.at} removed from the profile's list (the disclosure stays logged)`;
      return {
        writes: [{ table: 'profiles' as const, put: next }],
        audit: [
          adding
            ? { ...auditFor('profiles', 'disclose', [id, ...targets], profile.workspaceId, detail) }
            : auditFor('profiles', 'update', [id], profile.workspaceId, detail),
        ],
      };
    };
  return defineCommand('record profile export', { apply: step(true), revert: step(false) });
}

/** The terms in the audit event, so the log alone shows on what basis a disclosure was made. */
function termsDetail(entry: DisclosureEntry): string {
  const t = entry.terms;
  if (!t) return '';
  const parts = [
    `lawful basis ${t.lawfulBasis}`,
    `purpose: ${t.purpose}`,
    `ISA ${t.isaReference}`,
    `destroy by ${t.destroyBy}`,
    t.supervisor ? `signed off by ${t.supervisor.name} (${t.supervisor.role})` : 'no sign-off',
    ...t.overrides.map((o) => `rule set aside: ${o.rule}, because ${o.reason}`),
    ...(entry.confirmedByUser ? ['sending confirmed by the author (browser print)'] : []),
  ];
  return `. Terms: ${parts.join('; ')}`;
}
