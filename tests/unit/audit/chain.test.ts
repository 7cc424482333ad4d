import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_HEAD, nextAuditEvent, verifyChain, type AuditHead } from '../../../shared/audit';
import { loadSha256, type Sha256Hex } from '../../../shared/crypto';
import { auditEventSchema, type AuditEvent } from '../../../shared/model';

let sha: Sha256Hex;
beforeAll(async () => {
  sha = await loadSha256();
});

function chain(n: number): { events: AuditEvent[]; head: AuditHead } {
  const events: AuditEvent[] = [];
  let head = EMPTY_HEAD;
  for (let i = 0; i < n; i++) {
    const at = new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString();
    const event = nextAuditEvent(
      head,
      {
        action: 'update',
        subject: 'entity',
        targets: [`ent_${String(i).padStart(20, '0')}`],
        workspaceId: 'ws_00000000000000000001',
        detail: `edit ${i}`,
      },
      { actor: 'DC Patel', at },
      sha,
    );
    events.push(event);
    head = { seq: event.seq, hash: event.hash };
  }
  return { events, head };
}

describe('audit chain', () => {
  it('builds events that satisfy the shared schema and link each to the one before', () => {
    const { events } = chain(3);
    for (const e of events) expect(auditEventSchema.safeParse(e).success).toBe(true);
    expect(events[0]?.prevHash).toBe('');
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('accepts an untouched chain with its head', async () => {
    const { events, head } = chain(5);
    expect(await verifyChain(events, head)).toEqual({ ok: true, checked: 5 });
  });

  it('accepts an empty log with an empty head', async () => {
    expect(await verifyChain([], EMPTY_HEAD)).toEqual({ ok: true, checked: 0 });
  });

  it('detects an edited event', async () => {
    const { events, head } = chain(5);
    events[2] = { ...(events[2] as AuditEvent), detail: 'nothing to see here' };
    const result = await verifyChain(events, head);
    expect(result.ok).toBe(false);
    expect(result.problem).toEqual({ seq: 3, reason: expect.stringMatching(/altered/) });
    expect(result.checked).toBe(2);
  });

  it('detects an edited event whose own hash was recomputed (the next link breaks)', async () => {
    const { events, head } = chain(5);
    const original = events[2] as AuditEvent;
    // The forger re-seals event 3 with a new actor and a correct hash of its own content.
    const reforged = nextAuditEvent(
      { seq: 2, hash: original.prevHash },
      {
        action: original.action,
        subject: original.subject,
        targets: original.targets,
        workspaceId: original.workspaceId,
        detail: original.detail,
      },
      { actor: 'Someone else', at: original.at },
      sha,
    );
    events[2] = reforged;
    const result = await verifyChain(events, head);
    expect(result.problem?.seq).toBe(4);
    expect(result.problem?.reason).toMatch(/does not follow/);
  });

  it('detects an inserted event', async () => {
    const { events, head } = chain(4);
    const intruder = nextAuditEvent(
      { seq: 2, hash: (events[1] as AuditEvent).hash },
      { action: 'view', subject: 'entity', targets: [] },
      { actor: 'x', at: '2026-01-01T10:00:00.000Z' },
      sha,
    );
    events.splice(2, 0, intruder);
    const result = await verifyChain(events, head);
    expect(result.ok).toBe(false);
    expect(result.problem?.seq).toBe(4);
  });

  it('detects a deleted event as a gap', async () => {
    const { events, head } = chain(5);
    events.splice(1, 1);
    const result = await verifyChain(events, head);
    expect(result.problem).toEqual({ seq: 2, reason: expect.stringMatching(/missing/) });
  });

  it('detects reordered events', async () => {
    const { events, head } = chain(5);
    [events[1], events[2]] = [events[2] as AuditEvent, events[1] as AuditEvent];
    const result = await verifyChain(events, head);
    expect(result.ok).toBe(false);
    expect(result.problem?.seq).toBe(2);
  });

  it('detects truncation at the end only when given the expected head', async () => {
    const { events, head } = chain(5);
    const cut = events.slice(0, 3);
    expect((await verifyChain(cut)).ok).toBe(true);
    const result = await verifyChain(cut, head);
    expect(result.problem).toEqual({ seq: 4, reason: expect.stringMatching(/cut off/) });
  });

  it('detects a last event that is not the recorded head', async () => {
    const { events, head } = chain(3);
    const result = await verifyChain(events, { seq: 3, hash: 'f'.repeat(64) });
    expect(result.ok).toBe(false);
    expect(head.seq).toBe(3);
  });
});
