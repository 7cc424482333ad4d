import { useEffect } from 'react';

/**
 * Ctrl+K (Cmd+K on a Mac) anywhere in the window runs `action`. The listener is installed on
 * mount and removed on unmount, so a closed workspace leaves nothing behind.
 */
export function useFocusShortcut(action: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [action]);
}
