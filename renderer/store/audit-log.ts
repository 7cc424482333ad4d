import { auditToCsv, verifyChain } from '../../shared/audit';
import type { AuditEvent } from '../../shared/model';
import type { AuditFilter, AuditLog } from './api';
import { appendAudit } from './audit-append';
import type { WriteContext } from './plan-runner';

/** The session's view of the sealed, hash-chained audit log (DPA 2018 Part 3 s.62). */
export function createAuditLog(ctx: WriteContext, guard: () => void): AuditLog {
  const readAll = async () => {
    guard();
    return ctx.db.read(async (tx) => ({
      events: (await tx.all<AuditEvent>('audit')).sort((a, b) => a.seq - b.seq),
      head: await tx.auditHead(),
    }));
  };
  return {
    list: async (filter) => (await readAll()).events.filter(matches(filter ?? {})),
    verify: async () => {
      const { events, head } = await readAll();
      return verifyChain(events, head);
    },
    toCsv: (events) => auditToCsv(events),
    record: async (entry) => {
      guard();
      await ctx.db.write((tx) =>
        appendAudit(tx, [entry], { actor: ctx.actor(), at: ctx.now() }, ctx.sha256),
      );
    },
  };
}

function matches(f: AuditFilter): (e: AuditEvent) => boolean {
  const text = f.text?.trim().toLowerCase();
  return (e) =>
    (!f.action || e.action === f.action) &&
    (!f.actor || e.actor === f.actor) &&
    (!f.workspaceId || e.workspaceId === f.workspaceId) &&
    // Dates compare as strings; a bare YYYY-MM-DD "to" includes the whole of that day.
    (!f.from || e.at >= f.from) &&
    (!f.to || e.at.slice(0, f.to.length) <= f.to) &&
    (!text ||
      [e.actor, e.action, e.subject, e.detail, ...e.targets].some((s) =>
        s.toLowerCase().includes(text),
      ));
}
