import { describe, expect, it } from 'vitest';
import {
  keepExisting,
  NOTHING_SELECTED,
  sameSelection,
  selectOnly,
  settle,
  toggle,
} from '../../../renderer/workspace/selection';

const A = { type: 'entity', id: 'a' } as const;
const B = { type: 'entity', id: 'b' } as const;
const L = { type: 'link', id: 'l' } as const;

describe('the one selection', () => {
  it('focuses the element last picked while it stays selected', () => {
    const both = toggle(selectOnly(A), B);
    expect(both).toMatchObject({ entities: ['a', 'b'], focus: B });
    // Click A, Shift+click B, click A: only A remains, and the inspector must describe A.
    const back = settle({ entities: ['a'], links: [] }, [B]);
    expect(back.focus).toEqual(A);
  });

  it('toggles an element off again and moves the focus to what is left', () => {
    const both = toggle(selectOnly(A), L);
    const off = toggle(both, L);
    expect(off).toMatchObject({ entities: ['a'], links: [], focus: A });
    expect(toggle(selectOnly(A), A)).toBe(NOTHING_SELECTED);
  });

  it('drops deleted or hidden elements, keeping the same object when nothing went', () => {
    const sel = toggle(selectOnly(A), B);
    const exists = { entities: new Set(['a', 'b']), links: new Set<string>() };
    expect(keepExisting(sel, exists)).toBe(sel);
    const pruned = keepExisting(sel, { entities: new Set(['a']), links: new Set<string>() });
    expect(pruned).toMatchObject({ entities: ['a'], focus: A });
    expect(keepExisting(sel, { entities: new Set<string>(), links: new Set<string>() })).toBe(
      NOTHING_SELECTED,
    );
  });

  it('compares selections by content, in any order', () => {
    const one = settle({ entities: ['a', 'b'], links: [] }, [A]);
    const two = settle({ entities: ['b', 'a'], links: [] }, [A]);
    expect(sameSelection(one, two)).toBe(true);
    expect(sameSelection(one, settle({ entities: ['a', 'b'], links: [] }, [B]))).toBe(false);
  });
});
