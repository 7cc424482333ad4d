import type { Mapping } from './mappingSchema';

/** Every column a mapping reads, so a file lacking one is refused before any row is read. */
export function mappingColumns(mapping: Mapping): string[] {
  const out = new Set<string>();
  const add = (c: string | undefined) => c && out.add(c);
  for (const t of mapping.entities) {
    add(t.label);
    add(t.identity);
    Object.values(t.fields).forEach(add);
  }
  for (const l of mapping.links)
    [l.firstSeen, l.lastSeen, l.strengthColumn, l.grade, l.conditions].forEach(add);
  return [...out];
}
