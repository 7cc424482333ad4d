const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `reasonableGroundsOn` as "reasonable grounds on": field names read as words in the log. */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The fields of a record's content (an order, a safeguarding record, a meeting) that differ, in
 * words, for the audit event of an edit: "Changed reasonable grounds, reasonable grounds on".
 */
export function changedInWords(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  names: Readonly<Record<string, string>> = {},
): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !same(before[k], after[k]),
  );
  return keys.length
    ? `Changed ${keys.map((k) => names[k] ?? words(k)).join(', ')}`
    : 'Changed nothing';
}
