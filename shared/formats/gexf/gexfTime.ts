import { isRealDate } from '../../model';
import type { XmlElement } from '../xml/readXml';

/** One period an element or value existed over, as GEXF writes it (either end may be open). */
export interface Spell {
  start?: string;
  end?: string;
}

/** GEXF 1.0 says datefrom/dateto, 1.1+ start/end (and startopen/endopen), 1.3 also timestamp. */
export function spellOf(attrs: Record<string, string>): Spell | undefined {
  const at = attrs.timestamp;
  const start = at ?? attrs.start ?? attrs.startopen ?? attrs.datefrom;
  const end = at ?? attrs.end ?? attrs.endopen ?? attrs.dateto;
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/** Every period of a node or edge: its own start/end, <spells>, and 1.3's intervals/timestamps. */
export function spellsOf(el: XmlElement): Spell[] {
  const out: Spell[] = [];
  const own = spellOf(el.attrs);
  if (own) out.push(own);
  for (const block of el.children.filter((c) => c.name === 'spells'))
    for (const s of block.children.filter((c) => c.name === 'spell')) {
      const spell = spellOf(s.attrs);
      if (spell) out.push(spell);
    }
  for (const stamp of (el.attrs.timestamps ?? '').replace(/[<>[\]]/g, '').split(/[,;\s]+/))
    if (stamp) out.push({ start: stamp, end: stamp });
  for (const m of (el.attrs.intervals ?? '').matchAll(/\[([^,\]]*),\s*([^\]]*)\]/g))
    out.push({ ...(m[1] ? { start: m[1] } : {}), ...(m[2] ? { end: m[2] } : {}) });
  return out;
}

/** A calendar date from a GEXF time written as a date or dateTime; numbers are not dates. */
export function dateOf(time: string | undefined): string | undefined {
  const day = time?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && isRealDate(day) ? day : undefined;
}

export function describeSpells(spells: readonly Spell[]): string {
  return spells.map((s) => `${s.start ?? '…'} to ${s.end ?? '…'}`).join('; ');
}

/** The earliest start and latest end as dates, when every period is dated. */
export function dateRange(spells: readonly Spell[]): { first?: string; last?: string } {
  const starts = spells.map((s) => dateOf(s.start)).filter((d): d is string => Boolean(d));
  const ends = spells.map((s) => dateOf(s.end)).filter((d): d is string => Boolean(d));
  return {
    ...(starts.length ? { first: starts.sort()[0] } : {}),
    ...(ends.length ? { last: ends.sort()[ends.length - 1] } : {}),
  };
}
