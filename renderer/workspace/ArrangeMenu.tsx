import { useState } from 'react';
import type { Arrangement } from './arrange';
import { ARRANGEMENTS } from './arrange';

/** Pin, align and distribute the selected entities; each is one undoable step. */
export function ArrangeMenu(props: {
  selectedEntities: number;
  allPinned: boolean;
  onPin: () => void;
  onArrange: (how: Arrangement) => void;
}) {
  const [open, setOpen] = useState(false);
  const n = props.selectedEntities;
  const choose = (act: () => void) => {
    setOpen(false);
    act();
  };
  return (
    <span className="tool-menu">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="ws-arrange-menu"
        disabled={n === 0}
        title={n === 0 ? 'Select entities to pin, align or distribute them' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Arrange
      </button>
      <span id="ws-arrange-menu" className="tool-menu-list" hidden={!open}>
        <button type="button" onClick={() => choose(props.onPin)}>
          {props.allPinned ? 'Unpin' : 'Pin where they are'} (P)
        </button>
        {ARRANGEMENTS.map((a) => (
          <button
            key={a.id}
            type="button"
            disabled={n < (a.id.startsWith('spread') ? 3 : 2)}
            onClick={() => choose(() => props.onArrange(a.id))}
          >
            {a.label}
          </button>
        ))}
      </span>
    </span>
  );
}
