/** Words for fields whose names do not read well in the audit log. */
const WORDS: Record<string, string> = {
  dateOfBirth: 'date of birth',
  reviewDate: 'review date',
  firstSeen: 'first seen',
  lastSeen: 'last seen',
  dealLineBrand: 'deal-line brand',
  registeredNumber: 'registered number',
  callCount: 'call count',
  callSeconds: 'call seconds',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an update really changes, named precisely: a form that sends every field names only
 * those whose value differs, and a change inside `attrs` (or a safeguarding assessment) names the
 * attribute itself ("gender"), not the group.
 */
export function changedFieldNames(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  keys: readonly string[],
): string[] {
  const out: string[] = [];
  for (const key of keys) {
    if (same(before[key], after[key])) continue;
    const b = before[key];
    const a = after[key];
    if (key === 'attrs' && isObject(b) && isObject(a)) {
      for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
        if (same(b[k], a[k])) continue;
        const nb = b[k];
        const na = a[k];
        if (k === 'safeguarding' && isObject(nb) && isObject(na))
          for (const s of new Set([...Object.keys(nb), ...Object.keys(na)]))
            if (!same(nb[s], na[s])) out.push(`safeguarding ${WORDS[s] ?? s}`);
        if (k !== 'safeguarding' || !isObject(nb) || !isObject(na)) out.push(WORDS[k] ?? k);
      }
    } else out.push(WORDS[key] ?? key);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
