import type { Grade, Id, LinkKind } from '../../model';
import type { Mapping } from './mappingSchema';
import { parseDate } from './parseDate';
import { parseGrade } from './parseGrade';

/** One link per (from, to, kind) in the file, widened to every row that states it. */
export interface LinkAggregate {
  source: Id;
  target: Id;
  kind: LinkKind;
  strength: number;
  grade?: Grade;
  firstSeen?: string;
  lastSeen?: string;
  row: number;
}

export function readRowLinks(
  row: readonly string[],
  mapping: Mapping,
  columns: ReadonlyMap<string, number>,
  ids: ReadonlyMap<string, Id>,
  links: Map<string, LinkAggregate>,
  problems: string[],
  rowNumber: number,
): void {
  const cell = (col: string | undefined) => (col ? (row[columns.get(col) ?? -1] ?? '') : '');
  for (const l of mapping.links) {
    const source = ids.get(l.from);
    const target = ids.get(l.to);
    if (!source || !target || source === target) continue;
    const what = `link ${l.from} to ${l.to}`;
    const date = (col: string | undefined, name: string) => {
      const raw = cell(col);
      if (!raw) return undefined;
      const d = parseDate(raw, mapping.dateFormat);
      if (!d.ok) problems.push(`${what} ${name}: ${d.message}`);
      return d.ok ? d.value : undefined;
    };
    const firstSeen = date(l.firstSeen, 'first seen');
    const lastSeen = date(l.lastSeen, 'last seen') ?? firstSeen;
    let strength = l.strength;
    const s = cell(l.strengthColumn);
    if (s) {
      if (/^[1-5]$/.test(s)) strength = Number(s);
      else
        problems.push(`${what} strength: "${s.slice(0, 10)}" is not a whole number from 1 to 5.`);
    }
    let grade: Grade | undefined;
    const g = cell(l.grade);
    if (g) {
      const parsed = parseGrade(g, cell(l.conditions));
      if (parsed.ok) grade = parsed.value;
      else problems.push(`${what} grade: ${parsed.message}`);
    }
    if (firstSeen && lastSeen && firstSeen > lastSeen)
      problems.push(`${what}: first seen ${firstSeen} is after last seen ${lastSeen}.`);
    if (problems.length) continue;
    const key = `${source}|${target}|${l.kind}`;
    const agg = links.get(key);
    if (!agg) {
      links.set(key, {
        source,
        target,
        kind: l.kind,
        strength,
        grade,
        firstSeen,
        lastSeen,
        row: rowNumber,
      });
      continue;
    }
    agg.strength = Math.max(agg.strength, strength);
    agg.grade ??= grade;
    if (firstSeen && (!agg.firstSeen || firstSeen < agg.firstSeen)) agg.firstSeen = firstSeen;
    if (lastSeen && (!agg.lastSeen || lastSeen > agg.lastSeen)) agg.lastSeen = lastSeen;
  }
}
