import { useEffect } from 'react';
import type { Platform } from '../platform';
import type { Session } from '../store';

export interface ShortcutActions {
  onLock: () => void;
  onNewWorkspace: () => void;
}

/**
 * Keyboard shortcuts that work everywhere in the app. In Electron the application menu sends the
 * same commands, so both paths end here. Menu commands for screens not built yet (import, print)
 * are ignored until those screens exist.
 */
export function useGlobalShortcuts(session: Session, platform: Platform, actions: ShortcutActions) {
  useEffect(() => {
    function perform(id: string) {
      if (id === 'undo') void session.history.undo();
      else if (id === 'redo') void session.history.redo();
      else if (id === 'lock') actions.onLock();
      else if (id === 'new-workspace') actions.onNewWorkspace();
      else if (id === 'find')
        document.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
    }
    function onKey(e: KeyboardEvent) {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      const inField =
        e.target instanceof HTMLElement &&
        e.target.closest('input, textarea, select, [contenteditable="true"]');
      const key = e.key.toLowerCase();
      if (key === 'l') {
        e.preventDefault();
        perform('lock');
      } else if (!inField && key === 'z') {
        e.preventDefault();
        perform(e.shiftKey ? 'redo' : 'undo');
      } else if (!inField && key === 'y') {
        e.preventDefault();
        perform('redo');
      }
    }
    window.addEventListener('keydown', onKey);
    const offMenu = platform.onMenuCommand(perform);
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, [session, platform, actions]);
}
