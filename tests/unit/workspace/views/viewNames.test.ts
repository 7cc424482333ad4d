import { describe, expect, it } from 'vitest';
import {
  sortedViews,
  viewNameProblem,
  VIEW_NAME_MAX,
} from '../../../../renderer/workspace/views/viewNames';

const views = new Map([
  ['v2', { id: 'v2', name: 'Pellow Court 10' }],
  ['v1', { id: 'v1', name: 'pellow court 9' }],
  ['v3', { id: 'v3', name: 'County line' }],
]);

describe('viewNameProblem', () => {
  it('accepts a new name', () => {
    expect(viewNameProblem('Summer 2025', views)).toBeNull();
  });
  it('refuses a blank name, a long one, and one already used whatever its case', () => {
    expect(viewNameProblem('   ', views)).toMatch(/^Give the view a name/);
    expect(viewNameProblem('x'.repeat(VIEW_NAME_MAX + 1), views)).toMatch(/characters or fewer/);
    expect(viewNameProblem(' COUNTY LINE ', views)).toBe(
      'A view called "COUNTY LINE" already exists. Choose another name, or delete the old view first.',
    );
  });
});

describe('sortedViews', () => {
  it('sorts by name as a person would: case-blind, numbers by value', () => {
    expect(sortedViews(views).map((v) => v.id)).toEqual(['v3', 'v1', 'v2']);
  });
});
