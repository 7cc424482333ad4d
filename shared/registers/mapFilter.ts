import type { Filter } from '../graph';
import { egoNetwork } from '../graph';
import type { Entity, Link } from '../model';
import { cuckooedLocationIds } from '../safeguarding';
import { dealLinePhoneIds } from './dealLines';
import type { RegisterKind } from './schema';

export const REGISTER_FILTERS: Record<RegisterKind, string> = {
  cuckooed_address: 'Cuckooed addresses and who is linked to them',
  deal_line: 'Deal lines and who is linked to them',
};

/** The map entities a register lists: its cuckooed addresses, or its deal-line phones. */
export function registerEntityIds(
  kind: RegisterKind,
  entities: readonly Entity[],
  links: readonly Link[],
): string[] {
  const ids =
    kind === 'cuckooed_address'
      ? cuckooedLocationIds(entities, links)
      : dealLinePhoneIds(entities, links);
  return [...ids].sort();
}

/** The map narrowed to a register's entities and everyone and everything one link from them. */
export function registerFilter(ids: readonly string[]): Filter {
  return egoNetwork(ids, 1);
}
