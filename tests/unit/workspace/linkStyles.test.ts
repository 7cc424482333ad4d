import { describe, expect, it } from 'vitest';
import { LINK_KIND_IDS, LINK_KINDS } from '../../../shared/model';
import { swatchShapes } from '../../../renderer/workspace/export/legendSwatch';
import { legendRows } from '../../../renderer/workspace/export/legendRows';
import { legendInUse } from '../../../renderer/workspace/legendInUse';
import {
  COMBINED_LINK_COLOUR,
  LINK_STYLES,
  arrowPath,
  describeLinkStyle,
} from '../../../renderer/workspace/linkStyles';
import { chartStylesheet } from '../../../renderer/workspace/canvas/stylesheet';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('link styles tell all 17 kinds apart', () => {
  it('gives every kind its own colour and pattern, and its own colour, pattern and head', () => {
    expect(Object.keys(LINK_STYLES).sort()).toEqual([...LINK_KIND_IDS].sort());
    const pairs = LINK_KIND_IDS.map((k) => `${LINK_STYLES[k].colour}|${LINK_STYLES[k].dash}`);
    expect(new Set(pairs).size).toBe(17);
    const words = LINK_KIND_IDS.map((k) => describeLinkStyle(k));
    expect(words.every((w) => w.length > 0)).toBe(true);
  });

  it('keeps every line colour at 4.5:1 or more on white (graphics need 3:1)', () => {
    for (const kind of LINK_KIND_IDS) {
      expect(contrastOnWhite(LINK_STYLES[kind].colour), kind).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastOnWhite(COMBINED_LINK_COLOUR)).toBeGreaterThanOrEqual(4.5);
  });

  it('puts an arrowhead on every kind with a direction and none on the others (bar rivals)', () => {
    for (const kind of LINK_KIND_IDS) {
      const { arrow, bothEnds } = LINK_STYLES[kind];
      if (LINK_KINDS[kind].directed) expect(arrow, kind).not.toBe('none');
      else if (bothEnds) expect(kind).toBe('rival_of');
      else expect(arrow, kind).toBe('none');
    }
  });

  it('draws the same per-kind block in the chart stylesheet', () => {
    const sheet = chartStylesheet({ haystack: false }) as { selector: string; style: object }[];
    for (const kind of LINK_KIND_IDS) {
      const block = sheet.find((b) => b.selector === `edge[kind = "${kind}"]`);
      expect(block?.style, kind).toMatchObject({ 'target-arrow-shape': LINK_STYLES[kind].arrow });
    }
  });

  it('exports a line per kind in use with its dash and head, drawn as shapes', () => {
    const legend = legendInUse({
      nodes: [{ id: 'a', label: 'a', kind: 'nominal', isGroup: false }],
      edges: LINK_KIND_IDS.map((kind, i) => ({
        id: `e${i}`,
        source: 'a',
        target: 'a',
        kind,
        label: '',
        strength: 3,
        weak: false,
        directed: LINK_KINDS[kind].directed,
      })),
    });
    const rows = legendRows(legend).filter((r) => r.swatch === 'line' && r.arrow !== undefined);
    const exploits = rows.find((r) => r.text === 'Exploits');
    expect(exploits).toMatchObject({
      dash: [9, 5],
      arrow: 'vee',
      colour: LINK_STYLES.exploits.colour,
    });
    const shapes = swatchShapes(exploits!, 0, 0);
    expect(shapes).toHaveLength(2);
    expect(shapes[1]?.d).toBe(arrowPath('vee', 25, 0, 8));
    const rival = rows.find((r) => r.text === 'Rival of');
    expect(swatchShapes(rival!, 0, 0)).toHaveLength(3);
  });
});
