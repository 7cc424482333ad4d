import { gradeSchema } from '../model';
import type { Grade } from '../model';

const CODE_3X5X2 = /^([123])([A-E]) ([PC])$/;
const CODE_5X5X5 = /^([A-E])([1-5])([1-5])$/;

/**
 * Reads a grade written the way analysts write it: "2B P" (3x5x2) or "B24" (legacy 5x5x5).
 * The model's schema then checks it, including that handling code C has its conditions.
 */
export function parseGradeCode(code: string, conditions?: string): Grade {
  const modern = CODE_3X5X2.exec(code);
  const legacy = CODE_5X5X5.exec(code);
  const parts = modern ?? legacy;
  if (!parts) {
    throw new Error(`"${code}" is not a grade: write 3x5x2 as "2B P" or 5x5x5 as "B24".`);
  }
  const [, source, intelligence, handling] = parts;
  return gradeSchema.parse({
    scheme: modern ? '3x5x2' : '5x5x5',
    source,
    intelligence,
    handling,
    ...(conditions === undefined ? {} : { conditions }),
  });
}
