import type { Entity, Link } from '../../../shared/model';
import { LINK_KINDS, exploitedByLinks, victimAsOffender } from '../../../shared/model';
import type { Command } from '../api';
import type { StoreTx } from '../db';
import { ValidationError } from '../errors';
import { auditFor, requireRecord } from './record-steps';
import { validated } from './validate';
import { defineCommand, type CommandContext, type Plan } from './types';

/**
 * Turns a link round: its source becomes its target. Only kinds with a direction can be
 * reversed, and never so that an exploited child or vulnerable adult becomes the one who
 * exploits, controls or supplies (shared/model/victimLinks.ts). Undo turns it back.
 */
export function reverseLink(id: string): Command {
  const step = async ({ tx, now }: CommandContext, undo: boolean): Promise<Plan> => {
    const link = await requireRecord(tx, 'links', id);
    const kind = LINK_KINDS[link.kind];
    if (!kind.directed) {
      throw new ValidationError(
        'The link',
        `"${kind.label}" reads the same both ways, so it has no direction to reverse.`,
      );
    }
    const turned: Link = { ...link, source: link.target, target: link.source, updatedAt: now };
    if (!undo) await refuseVictimAsOffender(tx, turned, now.slice(0, 10));
    const detail = undo
      ? 'Undo: direction restored'
      : 'Reversed direction (source and target swapped)';
    return {
      writes: [{ table: 'links', put: validated('links', turned) }],
      audit: [auditFor('links', 'update', [id], link.workspaceId, detail)],
    };
  };
  return defineCommand('reverse link', {
    apply: (ctx) => step(ctx, false),
    revert: (ctx) => step(ctx, true),
  });
}

async function refuseVictimAsOffender(tx: StoreTx, link: Link, today: string): Promise<void> {
  const ends = await tx.getMany<Entity>('entities', [link.source, link.target]);
  const entities = new Map(ends.filter((e): e is Entity => !!e).map((e) => [e.id, e]));
  const incoming = await tx.where<Link>('links', 'target', link.source);
  const issue = victimAsOffender(link, entities, today, exploitedByLinks(incoming));
  if (issue?.severity === 'refuse') throw new ValidationError('The link', issue.message);
}
