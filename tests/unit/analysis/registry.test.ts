import { describe, expect, it } from 'vitest';
import { MEASURES, SUITE_FIELDS, buildCsr, measureById, runSuite } from '../../../shared/analysis';
import { twoTriangles } from './graphs';

describe('measure registry', () => {
  it('describes every suite field once, in plain words', () => {
    expect(MEASURES.map((m) => m.id)).toEqual([...SUITE_FIELDS]);
    for (const m of MEASURES) {
      expect(m.plainEnglish.length, m.id).toBeGreaterThan(30);
      expect(m.normalisation.length, m.id).toBeGreaterThan(10);
    }
  });

  it('each fn gives what runSuite gives', () => {
    const csr = buildCsr(twoTriangles());
    const suite = runSuite(csr);
    for (const m of MEASURES) expect([...m.fn(csr)], m.id).toEqual([...suite.values[m.id]]);
  });

  it('names an unknown measure', () =>
    expect(() => measureById('charisma')).toThrow(/no measure called "charisma"/));
});
