import type { AuditEvent } from '../model';
import { canonicalJson, type Sha256Hex } from '../crypto';

/** What a caller says happened; the chain adds sequence, time, actor and hashes. */
export interface AuditEntry {
  action: AuditEvent['action'];
  subject: string;
  targets: string[];
  workspaceId?: string;
  detail?: string;
}

/** The last event of a chain: kept sealed in the vault so truncation at the end shows. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: AuditHead = { seq: 0, hash: '' };

/** SHA-256 over the canonical form of the event without its own hash (prevHash included). */
export function hashEvent(
  event: Omit<AuditEvent, 'hash'> & { hash?: string },
  sha256: Sha256Hex,
): string {
  const rest: Record<string, unknown> = { ...event };
  delete rest.hash;
  return sha256(canonicalJson(rest));
}

export function nextAuditEvent(
  head: AuditHead,
  entry: AuditEntry,
  context: { actor: string; at: string },
  sha256: Sha256Hex,
): AuditEvent {
  const unhashed: Omit<AuditEvent, 'hash'> = {
    seq: head.seq + 1,
    at: context.at,
    actor: context.actor,
    action: entry.action,
    subject: entry.subject,
    targets: entry.targets,
    ...(entry.workspaceId === undefined ? {} : { workspaceId: entry.workspaceId }),
    detail: entry.detail ?? '',
    prevHash: head.hash,
  };
  return { ...unhashed, hash: hashEvent(unhashed, sha256) };
}
