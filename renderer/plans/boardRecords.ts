/**
 * The records of orders, safeguarding, registers and meetings as the screens use them: the pure
 * record from shared/ with `storedId`, the store's key, like partnershipRecords.ts.
 */
import type { Meeting, PackDisclosure } from '../../shared/board';
import type { Order } from '../../shared/orders';
import type { SafeguardingRecord } from '../../shared/referrals';
import type { RegisterEntry } from '../../shared/registers';
import type { LoadedWorkspace } from '../store';

export type StoredOrder = Order & { id: string; storedId: string };
export type StoredSafeguarding = SafeguardingRecord & { id: string; storedId: string };
export type StoredRegisterEntry = RegisterEntry & { storedId: string };
export type StoredMeeting = Meeting & { storedId: string; exports: PackDisclosure[] };

export const ordersOf = (loaded: LoadedWorkspace): StoredOrder[] =>
  [...loaded.orders.values()].map((o) => ({ ...o.order, id: o.id, storedId: o.id }));

export const safeguardingOf = (loaded: LoadedWorkspace): StoredSafeguarding[] =>
  [...loaded.referrals.values()].map((r) => ({ ...r.record, id: r.id, storedId: r.id }));

export const registerEntriesOf = (loaded: LoadedWorkspace): StoredRegisterEntry[] =>
  [...loaded.registers.values()].map((r) => ({ ...r.entry, storedId: r.id }));

export const meetingsOf = (loaded: LoadedWorkspace): StoredMeeting[] =>
  [...loaded.meetings.values()]
    .map((m) => ({ ...m.meeting, exports: m.exports, storedId: m.id }))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));

/** Entity label, or plain words when the record has gone from the map. */
export function labelIn(loaded: LoadedWorkspace, id: string): string {
  return loaded.entities.get(id)?.label ?? 'no longer on the map';
}
