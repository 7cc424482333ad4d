import { describe, expect, it } from 'vitest';
import type { SavedView } from '../../../shared/model';
import { buildSlides, step } from '../../../renderer/briefing/slides';
import { SLIDE_DRAWING, viewSlideData } from '../../../renderer/briefing/viewSlide';
import { newDraftFields } from '../../../renderer/profiles/profileDraft';
import { demoWith, entityByLabel, STAMP, TODAY } from './fixture';

function view(
  loaded: ReturnType<typeof demoWith>,
  name: string,
  patch: Partial<SavedView> = {},
): SavedView {
  return {
    id: 'view_0000000000000000000' + name.length.toString(16),
    workspaceId: loaded.workspace.id,
    name,
    filters: {},
    positions: {},
    styling: {},
    layout: 'preset',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...patch,
  } as SavedView;
}

const stored = (id: string, draft: ReturnType<typeof newDraftFields>) => ({
  id,
  workspaceId: 'ws_00000000000000000000',
  draft,
  exports: [],
  createdAt: STAMP,
  updatedAt: STAMP,
});

describe('briefing slides', () => {
  it('steps without wrapping round', () => {
    expect(step(0, -1, 3)).toBe(0);
    expect(step(1, 1, 3)).toBe(2);
    expect(step(2, 1, 3)).toBe(2);
    expect(step(0, 1, 0)).toBe(0);
  });

  it('draws a view from its saved positions, scaled into the slide, with its counts', () => {
    const loaded = demoWith();
    const ids = [...loaded.entities.keys()];
    const positions = { [ids[0]!]: { x: -100, y: 50 }, [ids[1]!]: { x: 300, y: 250 } };
    const data = viewSlideData(loaded, view(loaded, 'Whole map', { positions }));
    expect(data.entities).toBe(loaded.entities.size);
    expect(data.links).toBe(loaded.links.size);
    expect(data.filters).toBe('Showing everything.');
    // Scaled into the drawing inside its margin: 960 x 440 with 24 to spare on every side.
    expect(data.nodes.map((n) => [n.x, n.y])).toEqual([
      [24, 24],
      [SLIDE_DRAWING.width - 24, SLIDE_DRAWING.height - 24],
    ]);
    expect(data.kinds.reduce((n, k) => n + k.count, 0)).toBe(loaded.entities.size);
  });

  it('puts views first, then profiles with their own marking, and explains a profile it cannot build', () => {
    const base = demoWith();
    const ocg = entityByLabel(base, 'Tannerside Firm');
    const ready = newDraftFields(ocg.id);
    ready.recipient = { ...ready.recipient, agency: 'Kestrelford Council', role: 'Chair' };
    const loaded = demoWith({
      views: new Map([['v1', view(base, 'Tony line')]]),
      profiles: new Map([
        ['prf_00000000000000000001', stored('prf_00000000000000000001', ready)],
        [
          'prf_00000000000000000002',
          stored('prf_00000000000000000002', { ...ready, subjectId: 'ent_00000000000000000bad' }),
        ],
      ]),
    });
    const slides = buildSlides(loaded, { author: 'A', date: TODAY });
    expect(slides.map((s) => s.kind)).toEqual(['view', 'profile', 'problem']);
    expect(slides[0]!.marking).toBe(loaded.workspace.classification);
    const profile = slides[1]!;
    if (profile.kind !== 'profile') throw new Error('expected a profile slide');
    expect(profile.marking).toBe(profile.doc.marking);
    expect(profile.html).toContain(profile.doc.marking);
    const problem = slides[2]!;
    expect(problem.kind === 'problem' && problem.message).toBe(
      'The subject of this profile is not on the map.',
    );
  });
});
