import type { Classification, Entity, Grade, Link, LinkKind } from '../../../shared/model';

/** Small hand-built records for graph tests: ids are readable, everything else minimal. */

const WS = 'ws_00000000000000000000';
const AT = '2026-01-01T00:00:00.000Z';
const id = (prefix: string, n: number) => `${prefix}_${n.toString(16).padStart(20, '0')}`;

export const entityId = (n: number) => id('ent', n);
export const linkId = (n: number) => id('lnk', n);

export function person(
  n: number,
  label: string,
  classification: Classification = 'OFFICIAL',
): Entity {
  const [forenames = '', surname = ''] = label.split(' ');
  return {
    id: entityId(n),
    workspaceId: WS,
    label,
    notes: '',
    classification,
    provenance: [],
    createdAt: AT,
    updatedAt: AT,
    kind: 'nominal',
    attrs: { forenames, surname, aliases: [], roles: ['suspect'] },
  };
}

export function phone(n: number, number: string): Entity {
  return {
    id: entityId(n),
    workspaceId: WS,
    label: number,
    notes: '',
    classification: 'OFFICIAL',
    provenance: [],
    createdAt: AT,
    updatedAt: AT,
    kind: 'phone',
    attrs: { number },
  };
}

export function link(
  n: number,
  source: number,
  target: number,
  kind: LinkKind = 'associate',
  extra: Partial<Link> = {},
): Link {
  return {
    id: linkId(n),
    workspaceId: WS,
    source: entityId(source),
    target: entityId(target),
    kind,
    label: '',
    strength: 3,
    provenance: [],
    classification: 'OFFICIAL',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export const grade = (
  source: '1' | '2' | '3',
  intelligence: 'A' | 'B' | 'C' | 'D' | 'E',
  handling: 'P' | 'C' = 'P',
): Grade =>
  handling === 'C'
    ? { scheme: '3x5x2', source, intelligence, handling, conditions: 'Police only.' }
    : { scheme: '3x5x2', source, intelligence, handling };
