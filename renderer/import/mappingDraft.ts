import type { EntityKind, LinkKind } from '../../shared/model';
import type { EntityTemplate, LinkTemplate, Mapping } from '../../shared/formats/mapping';

/** Pure edits of a mapping for the editor; each returns a new mapping. */

export function startingMapping(columns: readonly string[]): Mapping {
  return {
    format: 'linchpin-mapping',
    version: 1,
    dateFormat: 'auto-dmy',
    defaultRegion: 'GB',
    entities: [{ key: 'entity1', kind: 'nominal', label: columns[0], fields: {} }],
    links: [],
  };
}

function freeKey(m: Mapping): string {
  let n = m.entities.length + 1;
  while (m.entities.some((e) => e.key === `entity${n}`)) n++;
  return `entity${n}`;
}

export function addEntity(m: Mapping, kind: EntityKind = 'phone'): Mapping {
  return { ...m, entities: [...m.entities, { key: freeKey(m), kind, fields: {} }] };
}

export function removeEntity(m: Mapping, key: string): Mapping {
  return {
    ...m,
    entities: m.entities.filter((e) => e.key !== key),
    links: m.links.filter((l) => l.from !== key && l.to !== key),
  };
}

export function updateEntity(m: Mapping, key: string, patch: Partial<EntityTemplate>): Mapping {
  return { ...m, entities: m.entities.map((e) => (e.key === key ? { ...e, ...patch } : e)) };
}

/** Changing the kind drops fields the new kind does not have. */
export function setKind(m: Mapping, key: string, kind: EntityKind): Mapping {
  return updateEntity(m, key, { kind, fields: {} });
}

export function setField(m: Mapping, key: string, field: string, column: string): Mapping {
  const t = m.entities.find((e) => e.key === key);
  if (!t) return m;
  const fields = { ...t.fields };
  if (column) fields[field] = column;
  else delete fields[field];
  return updateEntity(m, key, { fields });
}

export function addLink(m: Mapping, kind: LinkKind = 'associate'): Mapping {
  const [a, b] = m.entities;
  if (!a || !b) return m;
  return { ...m, links: [...m.links, { from: a.key, to: b.key, kind, strength: 3 }] };
}

export function updateLink(m: Mapping, index: number, patch: Partial<LinkTemplate>): Mapping {
  return { ...m, links: m.links.map((l, i) => (i === index ? { ...l, ...patch } : l)) };
}

export function removeLink(m: Mapping, index: number): Mapping {
  return { ...m, links: m.links.filter((_, i) => i !== index) };
}

/** '' in a select means "no column"; optional fields are then left out of the mapping. */
export function optionalColumn(value: string): string | undefined {
  return value === '' ? undefined : value;
}
