import type { Session } from '../store';
import { useSessionVersion } from './useSessionVersion';

/** Always-visible undo and redo, naming the edit they would reverse. */
export function UndoBar({ session }: { session: Session }) {
  useSessionVersion(session);
  const { history } = session;
  const undo = history.undoLabel();
  const redo = history.redoLabel();
  return (
    <footer className="undo-bar" aria-label="Edit history">
      <button type="button" disabled={!history.canUndo()} onClick={() => void history.undo()}>
        {undo ? `Undo ${undo}` : 'Undo'}
      </button>
      <button type="button" disabled={!history.canRedo()} onClick={() => void history.redo()}>
        {redo ? `Redo ${redo}` : 'Redo'}
      </button>
      <span className="sr-only" aria-live="polite">
        {undo ? `Last edit: ${undo}` : ''}
      </span>
    </footer>
  );
}
