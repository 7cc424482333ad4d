import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ViewSlideCard } from './ViewSlideCard';
import { briefingConsultation } from '../store/consultations';
import { useConsultation } from '../store/useConsultation';
import { buildSlides, step } from './slides';
import { browserTextMeasure } from './textMeasure';
import './briefing.css';

/**
 * Read-only presentation of the saved views and profiles. Full screen where the browser allows
 * it, otherwise an overlay over the whole window; arrow keys step, Escape leaves. Every slide
 * carries its classification marking at top and bottom. It lives inside the unlocked workspace,
 * so locking the vault unmounts it with everything else.
 */
export function BriefingMode(props: WorkspaceModuleProps & { onExit(): void }) {
  const { loaded, userName, today, onExit } = props;
  const measure = useMemo(() => browserTextMeasure(), []);
  const slides = useMemo(
    () => buildSlides(loaded, { author: userName, date: today, measure }),
    [loaded, userName, today, measure],
  );
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onExit();
  }, [onExit]);

  useEffect(() => {
    const el = root.current;
    el?.focus();
    el?.requestFullscreen?.().catch(() => undefined);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        setIndex((i) => step(i, 1, slides.length));
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        setIndex((i) => step(i, -1, slides.length));
      } else if (e.key === 'Escape') {
        e.preventDefault();
        exit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides.length, exit]);

  const slide = slides[Math.min(index, slides.length - 1)];
  const marking = slide?.marking ?? loaded.workspace.classification;
  useConsultation(briefingConsultation(slide));
  return (
    <div
      ref={root}
      className="briefing"
      role="dialog"
      aria-modal="true"
      aria-label={`Briefing: ${loaded.workspace.name}`}
      tabIndex={-1}
    >
      <p className="briefing-marking">{marking}</p>
      <section
        className="briefing-slide"
        aria-live="polite"
        aria-label="Current slide"
        tabIndex={0}
      >
        {!slide ? (
          <p>There is nothing to present yet: save a view on the map or write a profile.</p>
        ) : slide.kind === 'view' ? (
          <ViewSlideCard view={slide.view} />
        ) : slide.kind === 'profile' ? (
          <>
            <h2>
              {slide.doc.title} (for {slide.doc.recipient.agency})
            </h2>
            <iframe
              className="briefing-frame"
              title={slide.doc.title}
              sandbox=""
              srcDoc={slide.html}
            />
          </>
        ) : (
          <>
            <h2>{slide.title}</h2>
            <p>{slide.message}</p>
          </>
        )}
      </section>
      <nav className="briefing-controls" aria-label="Slides">
        <button
          type="button"
          onClick={() => setIndex((i) => step(i, -1, slides.length))}
          disabled={index === 0}
        >
          Previous
        </button>
        <span>
          Slide {slides.length === 0 ? 0 : index + 1} of {slides.length}. Arrow keys step; Escape
          ends the briefing.
        </span>
        <button
          type="button"
          onClick={() => setIndex((i) => step(i, 1, slides.length))}
          disabled={index >= slides.length - 1}
        >
          Next
        </button>
        <button type="button" onClick={exit}>
          End briefing
        </button>
      </nav>
      <p className="briefing-marking">{marking}</p>
    </div>
  );
}
