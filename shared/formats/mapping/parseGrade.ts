import type { Grade } from '../../model';
import type { Parsed } from './parseDate';

const GRADE = /^([123])\s*([A-E])\s*([PC])$/i;

/** Reads a 3x5x2 grade as analysts write it ("2B P", "2BP", "2 B C"). */
export function parseGrade(raw: string, conditions: string): Parsed<Grade> {
  const m = GRADE.exec(raw.trim());
  if (!m)
    return {
      ok: false,
      message: `"${raw.slice(0, 20)}" is not a 3x5x2 grade such as 2B P (source 1-3, intelligence A-E, handling P or C).`,
    };
  const handling = m[3]!.toUpperCase() as 'P' | 'C';
  if (handling === 'C' && conditions.trim() === '')
    return { ok: false, message: 'Handling code C needs its conditions; map a conditions column.' };
  return {
    ok: true,
    value: {
      scheme: '3x5x2',
      source: m[1] as '1' | '2' | '3',
      intelligence: m[2]!.toUpperCase() as 'A' | 'B' | 'C' | 'D' | 'E',
      handling,
      ...(handling === 'C' ? { conditions: conditions.trim() } : {}),
    },
  };
}
