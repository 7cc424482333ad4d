import { ENTITY_KIND_IDS, ENTITY_KINDS, LINK_KIND_IDS, LINK_KINDS } from '../../../shared/model';
import { periodInWords } from '../timeline/dateWords';
import type { ViewFilters } from './viewFilters';

function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * "only Nominals and Phones", or "every entity kind except Phones" when that is shorter, so
 * unticking one box out of seventeen reads as one name, not sixteen.
 */
function kindsInWords<K extends string>(
  chosen: readonly K[],
  all: readonly K[],
  noun: string,
  word: (k: K) => string,
): string {
  if (chosen.length === 0) return `no ${noun}s`;
  const left = all.filter((k) => !chosen.includes(k));
  return left.length < chosen.length
    ? `every ${noun} except ${list(left.map(word))}`
    : `only ${list(chosen.map(word))}`;
}

function kindsPart(f: ViewFilters): string[] {
  const parts: string[] = [];
  if (f.entityKinds) {
    parts.push(
      kindsInWords(f.entityKinds, ENTITY_KIND_IDS, 'entity kind', (k) => ENTITY_KINDS[k].plural),
    );
  }
  if (f.linkKinds) {
    parts.push(
      kindsInWords(f.linkKinds, LINK_KIND_IDS, 'link kind', (k) => `"${LINK_KINDS[k].label}"`),
    );
  }
  return parts;
}

function gradePart(f: ViewFilters): string[] {
  const parts: string[] = [];
  if (f.minSource)
    parts.push(
      f.minSource === '1' ? 'reliable sources only' : `sources graded 1 to ${f.minSource}`,
    );
  if (f.minIntelligence) {
    parts.push(
      f.minIntelligence === 'A'
        ? 'intelligence graded A only'
        : `intelligence graded A to ${f.minIntelligence}`,
    );
  }
  if (f.handling) {
    parts.push(
      f.handling.length === 0 ? 'no handling codes' : `handling code ${list(f.handling)} only`,
    );
  }
  return parts;
}

function periodPart(f: ViewFilters): string[] {
  const parts: string[] = [];
  if (f.dateFrom || f.dateTo) parts.push(`links active ${periodInWords(f.dateFrom, f.dateTo)}`);
  if (!f.includeUndated) parts.push('undated links hidden');
  return parts;
}

function egoPart(f: ViewFilters): string[] {
  if (!f.ego || f.ego.ids.length === 0) return [];
  const n = f.ego.ids.length;
  const who = n === 1 ? 'the 1 chosen entity' : `the ${n} chosen entities`;
  const hops = f.ego.hops === 1 ? '1 link' : `${f.ego.hops} links`;
  return [`within ${hops} of ${who}`];
}

/**
 * The filters in one sentence, for screen readers, the views menu and export captions:
 * "Showing everything." or "Filtered: only nominals and phones; reliable sources only."
 */
export function describeFilters(f: ViewFilters): string {
  const register = f.register
    ? [
        f.register.kind === 'cuckooed_address'
          ? 'cuckooed addresses and what is linked to them'
          : 'deal lines and what is linked to them',
      ]
    : [];
  const parts = [...register, ...kindsPart(f), ...gradePart(f), ...periodPart(f), ...egoPart(f)];
  return parts.length === 0 ? 'Showing everything.' : `Filtered: ${parts.join('; ')}.`;
}
