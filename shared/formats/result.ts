/**
 * Every parser returns a complete value or a list of problems, never half a result and never a
 * thrown error, so an import is all-or-nothing and the wizard can show every problem at once.
 */
export interface FormatIssue {
  /** Where the problem is, in words an analyst can find: "line 12", "row 4", "node 'n7'". */
  where: string;
  message: string;
  line?: number;
  row?: number;
}

export type FormatResult<T> = { ok: true; value: T } | { ok: false; errors: FormatIssue[] };

/** Stop collecting after this many problems: a broken file would otherwise list thousands. */
export const MAX_ISSUES = 200;

export function ok<T>(value: T): FormatResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(errors: FormatIssue[]): FormatResult<T> {
  return { ok: false, errors: errors.slice(0, MAX_ISSUES) };
}

export function issue(
  where: string,
  message: string,
  at: { line?: number; row?: number } = {},
): FormatIssue {
  return { where, message, ...at };
}

export function failOne<T = never>(
  where: string,
  message: string,
  at: { line?: number; row?: number } = {},
): FormatResult<T> {
  return fail([issue(where, message, at)]);
}

/** One line per problem, for the command line and for logs. */
export function describeIssues(errors: readonly FormatIssue[]): string {
  return errors.map((e) => `${e.where}: ${e.message}`).join('\n');
}

/**
 * Runs a parser body and turns any unexpected exception into a typed issue: the parsers check
 * their input first, so reaching this means a bug, but an analyst still gets a sentence, not a crash.
 */
export function guard<T>(what: string, body: () => FormatResult<T>): FormatResult<T> {
  try {
    return body();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failOne(what, `The file could not be read (${detail}). Nothing was imported.`);
  }
}
