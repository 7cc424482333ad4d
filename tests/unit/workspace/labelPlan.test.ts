import { describe, expect, it } from 'vitest';
import type { LabelCandidate } from '../../../renderer/workspace/labels/labelPlan';
import { LabelTier, keyCount, planLabels } from '../../../renderer/workspace/labels/labelPlan';

const view = (zoom: number) => ({ zoom, extent: { x1: 0, y1: 0, x2: 2000, y2: 2000 } });
const node = (
  id: string,
  x: number,
  y: number,
  tier: LabelTier = LabelTier.Other,
  rank = 1,
): LabelCandidate => ({
  id,
  x,
  y,
  radius: 20,
  text: `Person ${id}`,
  tier,
  rank,
});

describe('label plan', () => {
  it('draws every label where there is room at a readable zoom', () => {
    const shown = planLabels(
      [node('a', 100, 100), node('b', 400, 100), node('c', 100, 400)],
      view(1),
    );
    expect([...shown.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('never draws two labels on top of each other: the higher-ranked wins', () => {
    const shown = planLabels(
      [node('low', 100, 100, LabelTier.Other, 1), node('high', 110, 102, LabelTier.Other, 9)],
      view(1),
    );
    expect([...shown.keys()]).toEqual(['high']);
  });

  it('keeps key labels when zoomed out, at a readable size, and drops the rest', () => {
    const nodes = [node('key', 100, 100, LabelTier.Key, 5), node('other', 900, 900)];
    const shown = planLabels(nodes, view(0.3));
    expect([...shown.keys()]).toEqual(['key']);
    // 11 px on screen at zoom 0.3 needs a font of about 37 model units.
    expect(shown.get('key')!.fontSize * 0.3).toBeCloseTo(11, 5);
    // A little closer, the others come back at a readable 9 px where they have room.
    const closer = planLabels(nodes, view(0.5));
    expect(closer.get('other')!.fontSize * 0.5).toBeCloseTo(9, 5);
  });

  it('draws the selection first: focus labels win over others, and are never dropped', () => {
    const shown = planLabels(
      [node('ranked', 100, 100, LabelTier.Key, 99), node('picked', 105, 100, LabelTier.Focus)],
      view(1),
    );
    expect([...shown.keys()]).toEqual(['picked']);
    const both = planLabels(
      [node('one', 100, 100, LabelTier.Focus), node('two', 104, 100, LabelTier.Focus)],
      view(1),
    );
    expect([...both.keys()].sort()).toEqual(['one', 'two']);
  });

  it('leaves nodes off screen out', () => {
    const shown = planLabels([node('far', 5000, 5000, LabelTier.Focus)], view(1));
    expect(shown.size).toBe(0);
  });

  it('keeps about one in twelve entities as key, between 12 and 40', () => {
    expect(keyCount(50)).toBe(12);
    expect(keyCount(400)).toBe(32);
    expect(keyCount(5000)).toBe(40);
  });
});
