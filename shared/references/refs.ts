import { findTactic } from '../plans';
import { recordDate, SAFEGUARDING_KINDS } from '../referrals';
import type { Referrer } from './schema';

/** Every entity id a record points at, each once. */
export function entityRefs(r: Referrer): string[] {
  switch (r.table) {
    case 'orders':
      return [...new Set(r.record.order.boundIds)];
    case 'registers':
      return [r.record.entry.entityId];
    case 'referrals': {
      const s = r.record.record;
      const ids = [s.personId];
      if (s.kind === 'cawn') ids.push(s.servedOnId);
      if (s.kind === 'missing_episode' && s.foundAtId) ids.push(s.foundAtId);
      return [...new Set(ids)];
    }
  }
}

export function pointsAt(r: Referrer, ids: ReadonlySet<string>): boolean {
  return entityRefs(r).some((id) => ids.has(id));
}

const REGISTER_WORDS = {
  cuckooed_address: 'Cuckooed-address register entry',
  deal_line: 'Deal-line register entry',
} as const;

/**
 * A record in words an analyst can find it by, with no personal detail beyond what the screen
 * that lists it shows: "Closure order CO-2026-0193", "MASH referral MASH-25-0412 (2025-03-14)".
 */
export function describeReferrer(r: Referrer, powerLabel?: (powerId: string) => string): string {
  switch (r.table) {
    case 'orders': {
      const o = r.record.order;
      const power = powerLabel?.(o.powerId) ?? findTactic(o.powerId)?.label ?? o.powerId;
      return [power, o.reference].filter(Boolean).join(' ');
    }
    case 'referrals': {
      const s = r.record.record;
      return `${SAFEGUARDING_KINDS[s.kind]}${s.reference ? ` ${s.reference}` : ''} (${recordDate(s)})`;
    }
    case 'registers':
      return REGISTER_WORDS[r.record.entry.kind];
  }
}

/** "2 orders (Closure order CO-1, DDTRO) and 1 safeguarding record (MASH referral ...)". */
export function describeReferrers(list: readonly Referrer[]): string {
  const groups = [
    ['orders', 'order or notice', 'orders or notices'],
    ['referrals', 'safeguarding record', 'safeguarding records'],
    ['registers', 'register entry', 'register entries'],
  ] as const;
  return groups
    .map(([table, one, many]) => {
      const found = list.filter((r) => r.table === table);
      if (found.length === 0) return '';
      const names = found.slice(0, 5).map((r) => describeReferrer(r));
      const more = found.length > 5 ? `, and ${found.length - 5} more` : '';
      return `${found.length} ${found.length === 1 ? one : many} (${names.join('; ')}${more})`;
    })
    .filter(Boolean)
    .join(' and ');
}
