import { describe, expect, it } from 'vitest';
import { link, mapOf, person, sampleId } from '../../../../renderer/dev/factories';
import { coloursFromAnalysis } from '../../../../renderer/workspace/canvas/analysisColours';
import { sizesFromMeasure } from '../../../../renderer/workspace/canvas/analysisStyling';
import { selectOnly } from '../../../../renderer/workspace/selection';
import { ChartController } from '../../../../renderer/workspace/canvas/ChartController';
import { buildElements } from '../../../../renderer/workspace/elements';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);

function chart() {
  const elements = buildElements(
    {
      entities: mapOf([person(P(1), 'Ann'), person(P(2), 'Bo'), person(P(3), 'Cy')]),
      links: mapOf([link(L(1), P(1), P(2), 'associate')]),
    },
    '2025-06-01',
  );
  const positions = new Map([
    [P(1), { x: 0, y: 0 }],
    [P(2), { x: 100, y: 0 }],
    [P(3), { x: 0, y: 100 }],
  ]);
  return new ChartController(elements, { positions });
}

describe('ChartController positions, sizes, colours and highlight (headless)', () => {
  it('reads positions back and applies new ones in one go', () => {
    const c = chart();
    expect(c.getPositions().get(P(2))).toEqual({ x: 100, y: 0 });
    c.applyPositions(
      new Map([
        [P(2), { x: -50, y: 25 }],
        [sampleId('ent', 99), { x: 1, y: 1 }],
      ]),
      false,
    );
    expect(c.getPositions().get(P(2))).toEqual({ x: -50, y: 25 });
    expect(c.getPositions().size).toBe(3);
    c.destroy();
  });

  it('sizes and colours by analysis, and clearing restores the stylesheet', () => {
    const c = chart();
    const before = c.describeNode(P(1));
    c.setNodeSizes(new Map([[P(1), 70]]));
    c.setNodeColours(new Map([[P(1), 'rgb(1, 2, 3)']]));
    expect(c.describeNode(P(1))).toMatchObject({ width: 70, colour: 'rgb(1,2,3)' });
    expect(c.describeNode(P(2))?.width).toBe(before?.width);
    c.setNodeSizes(null);
    c.setNodeColours(null);
    expect(c.describeNode(P(1))).toEqual(before);
    c.destroy();
  });

  it('reports every selected element for bulk edits', () => {
    const c = chart();
    c.setSelection(selectOnly({ type: 'entity', id: P(1) }));
    expect(c.selectedIds()).toEqual({ entities: [P(1)], links: [] });
    c.destroy();
  });
});

describe('analysis scales', () => {
  it('sizes from 24 px for the least to 72 px for the most', () => {
    const sizes = sizesFromMeasure(
      new Map([
        ['a', 0],
        ['b', 5],
        ['c', 10],
        ['d', Number.NaN],
      ]),
    );
    expect([...sizes]).toEqual([
      ['a', 24],
      ['b', 48],
      ['c', 72],
    ]);
    expect(
      sizesFromMeasure(
        new Map([
          ['a', 3],
          ['b', 3],
        ]),
      ).get('a'),
    ).toBe(40);
  });

  it('colours communities by hue and measures from pale to dark', () => {
    const byCommunity = coloursFromAnalysis(
      new Map([
        ['a', 0],
        ['b', 1],
        ['c', 0],
      ]),
      'community',
    );
    expect(byCommunity.get('a')).toBe(byCommunity.get('c'));
    expect(byCommunity.get('a')).not.toBe(byCommunity.get('b'));
    const byMeasure = coloursFromAnalysis(
      new Map([
        ['lo', 1],
        ['hi', 9],
      ]),
      'measure',
    );
    expect(byMeasure.get('lo')).toBe('rgb(222,235,247)');
    expect(byMeasure.get('hi')).toBe('rgb(8,48,107)');
  });
});
