/**
 * Record builders for the harness and the workspace tests: every field the schemas require,
 * filled with plain defaults, so a sample reads as the facts that matter.
 */
import type { Entity, EntityOf, IntelItem, Link } from '../../shared/model';

export const WORKSPACE_ID = 'ws_00000000000000000001';
const STAMP = '2025-01-01T00:00:00.000Z';

/** A valid record id from a small number, so samples stay readable and deterministic. */
export function sampleId(prefix: string, n: number): string {
  return `${prefix}_${n.toString(16).padStart(20, '0')}`;
}

const base = (id: string, label: string) => ({
  id,
  workspaceId: WORKSPACE_ID,
  label,
  notes: '',
  classification: 'OFFICIAL' as const,
  provenance: [] as string[],
  createdAt: STAMP,
  updatedAt: STAMP,
});

export function person(
  id: string,
  label: string,
  attrs: Partial<EntityOf<'nominal'>['attrs']> = {},
): Entity {
  const [forenames = '', ...rest] = label.split(' ');
  return {
    ...base(id, label),
    kind: 'nominal',
    attrs: { forenames, surname: rest.join(' '), aliases: [], roles: [], ...attrs },
  };
}

export function group(id: string, label: string, kind: 'ocg' | 'usg' = 'ocg'): Entity {
  return { ...base(id, label), kind, attrs: { aliases: [] } };
}

export function place(
  id: string,
  label: string,
  attrs: Partial<EntityOf<'location'>['attrs']> = {},
): Entity {
  return {
    ...base(id, label),
    kind: 'location',
    attrs: { address: label, use: 'other', ...attrs },
  };
}

export function phone(id: string, label: string, number: string, dealLineBrand?: string): Entity {
  return {
    ...base(id, label),
    kind: 'phone',
    attrs: dealLineBrand ? { number, dealLineBrand } : { number },
  };
}

export function vehicle(id: string, registration: string): Entity {
  return { ...base(id, registration), kind: 'vehicle', attrs: { registration } };
}

export function business(id: string, label: string): Entity {
  return { ...base(id, label), kind: 'organisation', attrs: {} };
}

let linkClock = 0;
export function link(
  id: string,
  source: string,
  target: string,
  kind: Link['kind'],
  extra: Partial<Link> = {},
): Link {
  linkClock += 1;
  const createdAt = new Date(Date.UTC(2025, 0, 1, 0, 0, linkClock)).toISOString();
  return {
    id,
    workspaceId: WORKSPACE_ID,
    source,
    target,
    kind,
    label: '',
    strength: 3,
    provenance: [],
    classification: 'OFFICIAL',
    notes: '',
    createdAt,
    updatedAt: createdAt,
    ...extra,
  };
}

export function intel(id: string, reference: string, date: string, summary: string): IntelItem {
  return {
    id,
    workspaceId: WORKSPACE_ID,
    reference,
    date,
    grade: { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
    summary,
    classification: 'OFFICIAL',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function mapOf<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}
