import { useEffect, useState } from 'react';
import type { Outline } from '../../../shared/geo';
import { loadOutline } from './loadOutline';

/** The UK outline once it is wanted and loaded; null before, and whenever it is not wanted. */
export function useOutline(wanted: boolean): Outline | null {
  const [outline, setOutline] = useState<Outline | null>(null);
  useEffect(() => {
    if (!wanted || outline) return undefined;
    let live = true;
    loadOutline().then(
      (loaded) => {
        if (live) setOutline(loaded);
      },
      (e: unknown) => console.error('The outline of the UK could not be loaded.', e),
    );
    return () => {
      live = false;
    };
  }, [wanted, outline]);
  return wanted ? outline : null;
}
