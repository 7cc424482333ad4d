import type { Id } from '../../model';

/** What one template made of one row. */
export interface EntityOutcome {
  template: string;
  kind: string;
  label: string;
  /** created: a new entity; matched: an entity already in the workspace; joined: the same entity as an earlier row. */
  outcome: 'created' | 'matched' | 'joined';
  id: Id;
  /** For "joined": the row that created the entity. */
  firstRow?: number;
}

/** Everything the import did, or would do, with one row. */
export interface RowOutcome {
  row: number;
  status: 'ok' | 'refused';
  entities: EntityOutcome[];
  /** Links this row states (repeats of earlier rows' links widen those instead). */
  links: number;
  problems: string[];
  /** Worth a look although not wrong: a formula-like cell, a blank identity. */
  flags: string[];
}

/**
 * A cell that a spreadsheet would run as a formula if the data went back into one: "=HYPERLINK(",
 * "=cmd|' /C calc'!A0", "@SUM(", "+cmd|". Phone numbers like "+44 7700..." and negative numbers
 * are not formulas.
 */
const FORMULA = /^\s*(=|@|[+-]\s*[A-Za-z_][\w.]*\s*[(|!])/;

export function formulaFlags(columns: readonly string[], row: readonly string[]): string[] {
  const flags: string[] = [];
  row.forEach((cell, i) => {
    if (FORMULA.test(cell))
      flags.push(
        `The "${columns[i] ?? `column ${i + 1}`}" cell starts like a spreadsheet formula (${excerpt(cell.trim())}); it is kept as plain text, never run, and CSV exports write it with a leading apostrophe.`,
      );
  });
  return flags;
}

const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);
