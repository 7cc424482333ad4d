import { toGraph } from '../../../shared/graph';
import { entityId, grade, link, linkId, person, phone } from './fixtures';

/**
 * A six-person network with one phone, built so that each filter has something to keep and
 * something to hide:
 *
 *   1 -(L1 associate, 1A P, Jan-Mar 2025)- 2 -(L2 co_offends, 2C C, Jun-Dec 2025)- 3
 *   3 -(L3 associate, 3D P, undated)- 4 -(L4 family, legacy B24, from Jan 2026)- 5
 *   5 -(L6 associate, OFFICIAL-SENSITIVE, Feb-Mar 2026)- 6 (OFFICIAL-SENSITIVE)
 *   1 -(L5 uses_phone, ungraded, until Dec 2024)-> 7 (phone)
 */
export function smallNetwork() {
  const entities = [
    person(1, 'Ann Able'),
    person(2, 'Ben Baker'),
    person(3, 'Cat Cole'),
    person(4, 'Dan Dale'),
    person(5, 'Eve Ennis'),
    person(6, 'Fay Fox', 'OFFICIAL-SENSITIVE'),
    phone(7, '+447700900007'),
  ];
  const links = [
    link(1, 1, 2, 'associate', {
      grade: grade('1', 'A'),
      firstSeen: '2025-01-01',
      lastSeen: '2025-03-31',
    }),
    link(2, 2, 3, 'co_offends', {
      grade: grade('2', 'C', 'C'),
      firstSeen: '2025-06-01',
      lastSeen: '2025-12-31',
    }),
    link(3, 3, 4, 'associate', { grade: grade('3', 'D') }),
    link(4, 4, 5, 'family', {
      grade: { scheme: '5x5x5', source: 'B', intelligence: '2', handling: '4' },
      firstSeen: '2026-01-01',
    }),
    link(5, 1, 7, 'uses_phone', { lastSeen: '2024-12-31' }),
    link(6, 5, 6, 'associate', {
      classification: 'OFFICIAL-SENSITIVE',
      firstSeen: '2026-02-01',
      lastSeen: '2026-03-01',
    }),
  ];
  return { graph: toGraph(entities, links), entities, links };
}

export const E = entityId;
export const L = linkId;
export const ids = (make: (n: number) => string, ...ns: number[]) => new Set(ns.map(make));
