import { describe, expect, it } from 'vitest';
import { applyBatch, batchGrade, defaultBatch } from '../../../renderer/import/batch';
import type { Workspace } from '../../../shared/model';
import { sampleRecords, WS } from '../formats/sampleRecords';

const workspace: Workspace = {
  id: WS,
  name: 'Op Test',
  description: '',
  classification: 'OFFICIAL-SENSITIVE',
  fictional: true,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};
const stamp = { now: '2024-06-01T00:00:00.000Z', newId: (p: string) => `${p}_${'f'.repeat(20)}` };

describe('batch details of an import', () => {
  it('gives every record the workspace marking, never lowering a higher one', () => {
    const r = sampleRecords();
    r.entities[0]!.classification = 'SECRET';
    const out = applyBatch(
      r,
      { ...defaultBatch('x.csv', '2024-06-01'), provenance: 'none' },
      workspace,
      stamp,
    );
    if (!out.ok) throw new Error(out.message);
    expect(out.value.entities[0]?.classification).toBe('SECRET');
    expect(out.value.entities.slice(1).every((e) => e.classification !== 'OFFICIAL')).toBe(true);
    expect(out.value.links.every((l) => l.classification === 'OFFICIAL-SENSITIVE')).toBe(true);
  });

  it('records a new intelligence item for the file, graded, cited by every record; review date where none', () => {
    const r = sampleRecords();
    const batch = {
      ...defaultBatch('partner.csv', '2024-06-01'),
      reviewDate: '2025-06-01',
      source: '2' as const,
      intelligence: 'B' as const,
      handling: 'P' as const,
    };
    const out = applyBatch(r, batch, workspace, stamp);
    if (!out.ok) throw new Error(out.message);
    const item = out.value.intel.at(-1)!;
    expect(item).toMatchObject({
      id: `int_${'f'.repeat(20)}`,
      reference: 'partner.csv',
      date: '2024-06-01',
      grade: { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
      classification: 'OFFICIAL-SENSITIVE',
    });
    for (const x of [...out.value.entities, ...out.value.links])
      expect(x.provenance).toContain(item.id);
    // An entity that had its own review date keeps it.
    expect(out.value.entities[0]?.reviewDate).toBe('2026-01-31');
    expect(out.value.entities[1]?.reviewDate).toBe('2025-06-01');
    // Links without a grade take the batch's; graded links keep theirs.
    expect(
      out.value.links
        .filter((l) => !r.links.find((o) => o.id === l.id)?.grade)
        .every((l) => l.grade?.source === '2'),
    ).toBe(true);
  });

  it('says what is missing rather than importing half-described', () => {
    const r = sampleRecords();
    const none = applyBatch(r, defaultBatch('x.csv', '2024-06-01'), workspace, stamp);
    expect(none).toEqual({ ok: false, message: 'A new intelligence item needs its 3x5x2 grade.' });
    expect(batchGrade({ ...defaultBatch('x', 'y'), source: '1' })).toMatch(/all three parts/);
    expect(
      batchGrade({ ...defaultBatch('x', 'y'), source: '1', intelligence: 'A', handling: 'C' }),
    ).toMatch(/conditions/);
    expect(
      applyBatch(r, { ...defaultBatch('x', 'y'), provenance: 'existing' }, workspace, stamp),
    ).toMatchObject({
      ok: false,
    });
  });
});
