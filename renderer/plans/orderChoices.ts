import { ENTITY_KINDS, type Entity } from '../../shared/model';
import { availableTactics, type Tactic } from '../../shared/plans';
import type { LoadedWorkspace } from '../store';

/** Powers that make an order or notice, catalogue order. */
export function orderPowers(custom: readonly Tactic[]): Tactic[] {
  return availableTactics(custom).filter(
    (t) => t.instrument === 'court_order' || t.instrument === 'notice',
  );
}

const BINDABLE: readonly Entity['kind'][] = [
  'nominal',
  'location',
  'phone',
  'organisation',
  'vehicle',
];

/** What an order can bind: people, addresses, deal lines and phones, businesses, vehicles. */
export function bindable(loaded: LoadedWorkspace): { id: string; text: string }[] {
  return [...loaded.entities.values()]
    .filter((e) => BINDABLE.includes(e.kind))
    .sort(
      (a, b) =>
        BINDABLE.indexOf(a.kind) - BINDABLE.indexOf(b.kind) || a.label.localeCompare(b.label),
    )
    .map((e) => ({ id: e.id, text: `${e.label} (${ENTITY_KINDS[e.kind].label})` }));
}

/** Conditions typed one a line. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
