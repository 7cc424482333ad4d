/** The command was called wrongly (exit code 2): the message says how to call it. */
export class UsageError extends Error {}

/** An input file is unreadable or malformed (exit code 1): the message names the file and line. */
export class InputError extends Error {}
