import { LINK_KINDS, type EntityKind, type LinkKind } from '../../model';

/** Words charts use for links, lower case, and the kind each names. Order matters: first match wins. */
const WORDS: [RegExp, LinkKind | 'uses'][] = [
  [/\b(deal ?line|runs (the )?line|line holder)\b/, 'runs_line'],
  [/\bcuckoo/, 'cuckooed'],
  [
    /\b(lives?|living|resides?|residing|stays?|staying)\b( at| in)?|^(home )?address$|\bhome of\b/,
    'resides_at',
  ],
  [/\bmember\b/, 'member_of'],
  [/\b(controls?|controlled|leads?|boss)\b/, 'controls'],
  [/\bexploit/, 'exploits'],
  [/\bsuppl(y|ies|ied|ier)\b/, 'supplies'],
  [/\bco-?offend/, 'co_offends'],
  [/\b(calls?|called|phoned|rang|texted|sms|messaged)\b/, 'calls'],
  [/\b(drives|driver|driving)\b/, 'uses_vehicle'],
  [/^(uses?|used|using)$|\buses\b/, 'uses'],
  [/\b(owns?|owner|keeper|registered (to|keeper))\b/, 'owns'],
  [/\b(employ\w*|works? (for|at))\b/, 'employed_by'],
  [/\brival/, 'rival_of'],
  [/\b(frequents?|visits?|visited|seen at|hangs? out)\b/, 'frequents'],
  [
    /\b(family|brother|sister|mother|father|son|daughter|cousin|uncle|aunt|nephew|niece|wife|husband|married|spouse|partner|relative|parent|sibling|grand\w*)\b/,
    'family',
  ],
  [/\b(associate\w*|knows|friends?|acquaint\w*|linked|contact)\b/, 'associate'],
];

/** Which kind of entity each directed kind expects at its target end. */
const TARGET_KINDS: Partial<Record<LinkKind, readonly EntityKind[]>> = {
  resides_at: ['location'],
  frequents: ['location'],
  cuckooed: ['location'],
  uses_phone: ['phone'],
  uses_vehicle: ['vehicle'],
  member_of: ['ocg', 'usg', 'organisation'],
  employed_by: ['organisation'],
  runs_line: ['phone'],
};

/**
 * A link's words ("Lives at", "Uses", "Brother") as a link kind, or undefined when none fits.
 * "Uses" depends on what is used: a phone or a vehicle.
 */
export function linkKindOfText(
  text: string,
  ends: { source?: EntityKind; target?: EntityKind },
): LinkKind | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  for (const [kind, meta] of Object.entries(LINK_KINDS))
    if (kind === t || meta.label.toLowerCase() === t) return kind as LinkKind;
  const found = WORDS.find(([re]) => re.test(t))?.[1];
  if (found !== 'uses') return found;
  const other = ends.target === 'phone' || ends.target === 'vehicle' ? ends.target : ends.source;
  return other === 'phone' ? 'uses_phone' : other === 'vehicle' ? 'uses_vehicle' : undefined;
}

/** Whether a directed link drawn the other way round ("address lives at person") should be turned. */
export function endsReversed(
  kind: LinkKind,
  ends: { source?: EntityKind; target?: EntityKind },
): boolean {
  const expected = TARGET_KINDS[kind];
  if (!expected || !ends.source || !ends.target) return false;
  return !expected.includes(ends.target) && expected.includes(ends.source);
}
