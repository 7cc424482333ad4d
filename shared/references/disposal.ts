import { SAFEGUARDING_KINDS } from '../referrals';
import type { Referrer } from './schema';

export interface ReferencesAtDisposal {
  /** Records about the disposed record: they go with it, each leaving a tombstone. */
  disposed: Referrer[];
  /** Records that only mention it: the mention goes, the record stays (new versions). */
  changed: Referrer[];
}

/**
 * What a MoPI disposal of one entity does to the records pointing at it. A safeguarding record
 * about the person (or a CAWN served on them: a police notice about that adult) is disposed of
 * with them; a missing episode that names the place a child was found keeps the episode and
 * loses the place. An order binding only the disposed record goes with it; one binding others
 * too stays for them, without it. A register entry about the address or line goes with it.
 */
export function referencesAtDisposal(
  records: readonly Referrer[],
  disposedId: string,
  now: string,
): ReferencesAtDisposal {
  const disposed: Referrer[] = [];
  const changed: Referrer[] = [];
  for (const r of records) {
    if (r.table === 'registers') {
      if (r.record.entry.entityId === disposedId) disposed.push(r);
    } else if (r.table === 'orders') {
      const bound = r.record.order.boundIds;
      if (!bound.includes(disposedId)) continue;
      const rest = bound.filter((id) => id !== disposedId);
      if (rest.length === 0) disposed.push(r);
      else
        changed.push({
          ...r,
          record: { ...r.record, order: { ...r.record.order, boundIds: rest }, updatedAt: now },
        });
    } else {
      const s = r.record.record;
      if (s.personId === disposedId || (s.kind === 'cawn' && s.servedOnId === disposedId))
        disposed.push(r);
      else if (s.kind === 'missing_episode' && s.foundAtId === disposedId) {
        const rest = { ...s };
        delete rest.foundAtId;
        changed.push({ ...r, record: { ...r.record, record: rest, updatedAt: now } });
      }
    }
  }
  return { disposed, changed };
}

const KIND_WORDS: Record<Referrer['table'], string> = {
  orders: 'Order or notice',
  referrals: 'Safeguarding record',
  registers: 'Register entry',
};

/**
 * The tombstone of a record disposed of with another: its kind and opaque id, and the record it
 * went with; never its content. The grounds, who and when are on the same audit event.
 */
export function referrerTombstone(r: Referrer, withRecord: string): string {
  const kind =
    r.table === 'referrals'
      ? `${KIND_WORDS.referrals} (${SAFEGUARDING_KINDS[r.record.record.kind]})`
      : KIND_WORDS[r.table];
  return `MoPI disposal with record ${withRecord}: ${kind} ${r.record.id} erased; not recoverable.`;
}
