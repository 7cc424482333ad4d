import type { AuditEvent } from '../model';
import { loadSha256 } from '../crypto';
import { hashEvent, type AuditHead } from './chain';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  problem?: { seq: number; reason: string };
}

/**
 * Walks the events in the order given. Sequence numbers must run 1, 2, 3… without gaps, each
 * event must name its predecessor's hash, and each hash must match its content. With the expected
 * head (kept sealed in the vault) a chain cut short at the end is caught too.
 */
export async function verifyChain(
  events: readonly AuditEvent[],
  expectedHead?: AuditHead,
): Promise<ChainVerification> {
  const sha256 = await loadSha256();
  let prevHash = '';
  let checked = 0;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq) {
      const reason =
        event.seq > expectedSeq
          ? `Event ${expectedSeq} is missing: the log jumps to event ${event.seq}.`
          : `Event ${event.seq} appears where event ${expectedSeq} should be: events were inserted or reordered.`;
      return { ok: false, checked, problem: { seq: expectedSeq, reason } };
    }
    if (event.prevHash !== prevHash) {
      const reason = `Event ${event.seq} does not follow the event before it: an event was removed, inserted or reordered.`;
      return { ok: false, checked, problem: { seq: event.seq, reason } };
    }
    if (hashEvent(event, sha256) !== event.hash) {
      return {
        ok: false,
        checked,
        problem: {
          seq: event.seq,
          reason: `Event ${event.seq} was altered after it was recorded.`,
        },
      };
    }
    prevHash = event.hash;
    checked += 1;
  }
  const problem = expectedHead ? compareHead(events, expectedHead) : undefined;
  return problem ? { ok: false, checked, problem } : { ok: true, checked };
}

function compareHead(events: readonly AuditEvent[], head: AuditHead): ChainVerification['problem'] {
  const last = events[events.length - 1];
  const lastSeq = last?.seq ?? 0;
  if (lastSeq < head.seq) {
    return {
      seq: lastSeq + 1,
      reason: `The log ends at event ${lastSeq} but the vault recorded ${head.seq} events: the end was cut off.`,
    };
  }
  if (lastSeq > head.seq || (last?.hash ?? '') !== head.hash) {
    return {
      seq: lastSeq,
      reason: `The last event does not match the one the vault recorded as its latest.`,
    };
  }
  return undefined;
}
