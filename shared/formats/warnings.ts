/**
 * What a reader dropped or changed while keeping the rest: counted per kind of problem, with a
 * few examples naming the element, so the analyst (and the command line) can say exactly what
 * was not imported as it stood in the file.
 */
export interface ImportWarning {
  code: string;
  /** A sentence with the count in it: "3 self-loops were dropped (a link from a node to itself)." */
  message: string;
  count: number;
  /** The first few elements it happened to, as the file names them. */
  examples: string[];
}

const MAX_EXAMPLES = 5;

interface Entry {
  describe: (count: number) => string;
  count: number;
  examples: string[];
}

export class WarningLog {
  private readonly entries = new Map<string, Entry>();

  add(code: string, describe: (count: number) => string, example?: string): void {
    const entry = this.entries.get(code) ?? { describe, count: 0, examples: [] };
    entry.count += 1;
    if (example !== undefined && entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
    this.entries.set(code, entry);
  }

  get size(): number {
    return this.entries.size;
  }

  list(): ImportWarning[] {
    return [...this.entries].map(([code, e]) => ({
      code,
      message: e.describe(e.count),
      count: e.count,
      examples: e.examples,
    }));
  }
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** One line per warning, for the command line. */
export function describeWarnings(warnings: readonly ImportWarning[]): string {
  return warnings
    .map((w) => `${w.message}${w.examples.length ? ` For example: ${w.examples.join(', ')}.` : ''}`)
    .join('\n');
}

/** At most `max` characters of a value quoted in a message, with "…" when cut. */
export const clip = (text: string, max = 40): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;
