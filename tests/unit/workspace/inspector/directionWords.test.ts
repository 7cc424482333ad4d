import { describe, expect, it } from 'vitest';
import { pathSentence, pathSteps } from '../../../../renderer/analysis/pathText';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';
import { linkFacts, linkFromEntity } from '../../../../renderer/workspace/inspector/facts';
import { linkRows } from '../../../../renderer/workspace/table/rows';

const loaded = demoLoaded();
const idOf = (label: string) => {
  const found = [...loaded.entities.values()].find((e) => e.label === label);
  if (!found) throw new Error(`The demo has no ${label}`);
  return found.id;
};
const kayden = idOf('Kayden Rook');
const leon = idOf('Leon Prestage');
const linksOf = (id: string) =>
  [...loaded.links.values()].filter((l) => l.source === id || l.target === id);

describe('direction in every sentence that names a link', () => {
  it("reads as a victim on the child's record and as the exploiter on the adult's", () => {
    const onChild = linksOf(kayden).map((l) => linkFromEntity(l, kayden, loaded.entities));
    expect(onChild).toContain('Is exploited by Leon Prestage');
    expect(onChild.some((s) => s.startsWith('Exploits'))).toBe(false);
    const onLeon = linksOf(leon).map((l) => linkFromEntity(l, leon, loaded.entities));
    expect(onLeon).toContain('Exploits Kayden Rook');
  });

  it("says who controls the group on the group's record", () => {
    const group = [...loaded.entities.values()].find(
      (e) => e.kind === 'ocg' && linksOf(e.id).some((l) => l.kind === 'controls'),
    );
    if (!group) throw new Error('The demo has no controlled OCG');
    const lines = linksOf(group.id)
      .filter((l) => l.kind === 'controls')
      .map((l) => linkFromEntity(l, group.id, loaded.entities));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^Is controlled by /);
  });

  it('gives a link its sentence from the source in the facts and the table', () => {
    const exploits = linksOf(kayden).find((l) => l.kind === 'exploits' && l.source === leon);
    if (!exploits) throw new Error('no exploits link');
    expect(linkFacts(exploits, loaded.entities)[0]).toEqual({
      label: 'Says',
      value: 'Leon Prestage exploits Kayden Rook',
    });
    const row = linkRows(loaded.entities, new Map([[exploits.id, exploits]]))[0];
    expect([row?.from, row?.kind, row?.to]).toEqual(['Leon Prestage', 'exploits', 'Kayden Rook']);
  });

  it('phrases each step of a path from the entity before it', () => {
    const exploits = linksOf(kayden).find((l) => l.kind === 'exploits' && l.source === leon);
    if (!exploits) throw new Error('no exploits link');
    const fromChild = pathSentence(pathSteps([kayden, leon], [exploits.id], loaded));
    expect(fromChild).toBe('Kayden Rook → (is exploited by) Leon Prestage');
    const fromLeon = pathSentence(pathSteps([leon, kayden], [exploits.id], loaded));
    expect(fromLeon).toBe('Leon Prestage → (exploits) Kayden Rook');
  });
});
