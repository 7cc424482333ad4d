import { describe, expect, it } from 'vitest';
import {
  LINK_KIND_IDS,
  LINK_KINDS,
  capitalisedPhrase,
  linkPhrase,
  linkSentence,
  otherEnd,
} from '../../../shared/model';

const exploits = { kind: 'exploits', source: 'kayden', target: 'tyler' } as const;

describe('link phrases', () => {
  it('read from the point of view of the entity they are shown on', () => {
    expect(linkPhrase(exploits, 'kayden')).toBe('exploits');
    expect(linkPhrase(exploits, 'tyler')).toBe('is exploited by');
    expect(otherEnd(exploits, 'tyler')).toBe('kayden');
    expect(otherEnd(exploits, 'kayden')).toBe('tyler');
    expect(capitalisedPhrase(exploits, 'tyler')).toBe('Is exploited by');
  });

  it('say a whole sentence from the source', () => {
    const names: Record<string, string> = { kayden: 'Kayden Rook', tyler: 'Tyler Banfield' };
    expect(linkSentence(exploits, (id) => names[id] ?? id)).toBe(
      'Kayden Rook exploits Tyler Banfield',
    );
  });

  it('have two phrasings for every directed kind, one for undirected kinds', () => {
    for (const kind of LINK_KIND_IDS) {
      const { directed, forward, backward } = LINK_KINDS[kind];
      if (directed) expect(forward, kind).not.toBe(backward);
      else expect(forward, kind).toBe(backward);
    }
  });

  it('read the same from both ends of a self-loop', () => {
    expect(linkPhrase({ kind: 'calls', source: 'a', target: 'a' }, 'a')).toBe('calls');
  });
});
