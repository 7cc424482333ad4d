import { useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { readStoredFilters } from '../filters/storedFilters';
import { describeFilters } from '../filters/viewFilters';
import type { ViewFilters } from '../filters/viewFilters';
import type { SavedView } from './savedView';
import { sortedViews, viewNameProblem } from './viewNames';
import './views.css';

export interface ViewsMenuProps {
  views: ReadonlyMap<string, SavedView>;
  current: { filters: ViewFilters; layout: string };
  onSave: (name: string) => void;
  onApply: (view: SavedView) => void;
  onDelete: (id: string) => void;
}

/**
 * Saved views: a disclosure button opening a small panel to save the current view by name, and
 * to apply or delete a saved one. Escape closes it and gives focus back to the button.
 */
export function ViewsMenu({ views, current, onSave, onApply, onDelete }: ViewsMenuProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const list = sortedViews(views);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const why = viewNameProblem(name, views);
    setProblem(why);
    if (why) return;
    onSave(name.trim());
    setName('');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="wv-menu">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Views ({views.size})
      </button>
      <div id={`${id}-panel`} className="wv-panel" hidden={!open} onKeyDown={onKeyDown}>
        <form onSubmit={save} className="wv-save" noValidate>
          <label htmlFor={`${id}-name`}>Save the current view as</label>
          <div className="wv-row">
            <input
              ref={nameInput}
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={200}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-now${problem ? ` ${id}-problem` : ''}`}
              onChange={(e) => {
                setName(e.target.value);
                setProblem(null);
              }}
            />
            <button type="submit" className="primary">
              Save view
            </button>
          </div>
          {problem && (
            <p id={`${id}-problem`} className="wv-problem" role="alert">
              {problem}
            </p>
          )}
          <p id={`${id}-now`} className="wv-hint">
            Now: {describeFilters(current.filters)} Layout: {current.layout}.
          </p>
        </form>
        {/* Not a heading: the menu opens wherever the screen puts it, under any heading level. */}
        <p id={`${id}-saved`} className="wv-title">
          Saved views
        </p>
        {list.length === 0 ? (
          <p className="wv-hint">No saved views in this workspace yet.</p>
        ) : (
          <ul className="wv-list" aria-labelledby={`${id}-saved`}>
            {list.map((view) => (
              <li key={view.id}>
                <div className="wv-name">{view.name}</div>
                <div className="wv-hint">
                  {describeFilters(readStoredFilters(view.filters))} Layout: {view.layout}.
                </div>
                <div className="wv-row">
                  <button
                    type="button"
                    aria-label={`Apply view ${view.name}`}
                    onClick={() => {
                      onApply(view);
                      close();
                    }}
                  >
                    Apply
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Delete view ${view.name}`}
                    onClick={() => {
                      onDelete(view.id);
                      // The button goes with the view; keep focus inside the menu.
                      nameInput.current?.focus();
                    }}
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
