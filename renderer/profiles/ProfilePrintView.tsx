import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { inertProfile } from './inertProfile';
import './profilePrint.css';

/**
 * The profile laid out for paper, in the main document, because both print paths (Electron's
 * printToPDF and the browser's print dialog) print the window, not an iframe. It is mounted only
 * while a PDF is being made; partnership.css hides the rest of the app in print.
 */
export function ProfilePrintView({ html, onReady }: { html: string; onReady: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const { css, nodes } = inertProfile(html, document);
    const style = document.createElement('style');
    style.textContent = css;
    el.replaceChildren(style, ...nodes);
    document.documentElement.classList.add('printing-profile');
    const frame = requestAnimationFrame(onReady);
    return () => {
      cancelAnimationFrame(frame);
      document.documentElement.classList.remove('printing-profile');
      el.replaceChildren();
    };
  }, [html, onReady]);
  return createPortal(
    <div ref={host} className="profile-print" data-testid="profile-print" />,
    document.body,
  );
}
