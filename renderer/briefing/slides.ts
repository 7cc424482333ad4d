import type { ProfileDocument } from '../../shared/profiles';
import { renderProfileHtml } from '../../shared/profiles';
import type { Classification } from '../../shared/model';
import type { LoadedWorkspace } from '../store';
import { plansOf } from '../plans/partnershipRecords';
import { buildDraftDocument } from '../profiles/profileDocument';
import { draftsOf } from '../profiles/profileDraft';
import type { TextMeasure } from './slideLabels';
import { viewSlideData, type ViewSlideData } from './viewSlide';

export type Slide =
  | { kind: 'view'; key: string; marking: Classification; view: ViewSlideData }
  | { kind: 'profile'; key: string; marking: Classification; doc: ProfileDocument; html: string }
  | { kind: 'problem'; key: string; marking: Classification; title: string; message: string };

/**
 * Saved views first (the map as the meeting will see it), then the profile drafts, each exactly
 * as its recipient would receive it. A view's marking is the workspace's; a profile's is its own.
 */
export function buildSlides(
  loaded: LoadedWorkspace,
  options: { author: string; date: string; measure?: TextMeasure },
): Slide[] {
  const marking = loaded.workspace.classification;
  const views: Slide[] = [...loaded.views.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((v) => ({
      kind: 'view',
      key: v.id,
      marking,
      view: viewSlideData(loaded, v, options.measure),
    }));
  const plans = plansOf(loaded);
  const profiles: Slide[] = draftsOf(loaded).map((d) => {
    const built = buildDraftDocument(loaded, d, {
      author: options.author,
      date: options.date,
      measures: [],
      plans,
    });
    return built.ok
      ? {
          kind: 'profile',
          key: d.storedId,
          marking: built.doc.marking,
          doc: built.doc,
          html: renderProfileHtml(built.doc),
        }
      : { kind: 'problem', key: d.storedId, marking, title: 'Profile', message: built.message };
  });
  return [...views, ...profiles];
}

/** The next slide index, clamped to the deck: presentations do not wrap round. */
export function step(index: number, delta: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}
