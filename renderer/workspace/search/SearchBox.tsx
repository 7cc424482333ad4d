import { searchConsultation } from '../../store/consultations';
import { useConsultation } from '../../store/useConsultation';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { LoadedWorkspace } from '../../store/api';
import { resultsInWords, searchOptions } from './searchOptions';
import { useSearchIndex } from './useSearchIndex';
import { useFocusShortcut } from './useShortcut';
import './search.css';

export interface SearchBoxProps {
  loaded: LoadedWorkspace;
  /** Called with the entity id the analyst chose; the screen centres and selects it. */
  onPick: (id: string) => void;
}

/**
 * Finds an entity by a misspelt name, alias, phone number, registration or postcode. A WAI-ARIA
 * 1.2 combobox: focus stays in the input and the active option is named by
 * aria-activedescendant, so screen readers follow the arrow keys.
 */
export function SearchBox({ loaded, onPick }: SearchBoxProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  const index = useSearchIndex(loaded, wanted);
  const options = useMemo(() => (index ? searchOptions(index, query) : []), [index, query]);
  const expanded = open && options.length > 0;
  useConsultation(
    open && index
      ? searchConsultation(
          loaded,
          query,
          options.map((o) => o.id),
        )
      : null,
  );

  const focusBox = useCallback(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useFocusShortcut(focusBox);

  const pick = (n: number) => {
    const option = options[n];
    if (!option) return;
    setOpen(false);
    setActive(-1);
    onPick(option.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      if (count === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : count - 1) : (a + step + count) % count));
    } else if (e.key === 'Enter') {
      if (!expanded) return;
      e.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const listId = `${id}-list`;
  const optionId = (n: number) => `${id}-opt-${n}`;
  return (
    <div className="ws-search">
      <label htmlFor={`${id}-input`} className="ws-search-label">
        Search
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Name, alias, phone, VRM, postcode"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        value={query}
        onFocus={() => setWanted(true)}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {/* Seen, not read: aria-keyshortcuts already tells assistive technology. */}
      <kbd className="ws-search-kbd" aria-hidden="true">
        Ctrl K
      </kbd>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="ws-search-list"
        hidden={!expanded}
      >
        {options.map((o, n) => (
          <li
            key={o.id}
            id={optionId(n)}
            role="option"
            aria-selected={n === active}
            className={n === active ? 'active' : undefined}
            // mousedown, not click: a click would blur the input and close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(n);
            }}
          >
            <span className="ws-search-name">{o.label}</span>
            <span className="ws-search-meta">
              {o.kindLabel} · matched {o.matched}
            </span>
          </li>
        ))}
      </ul>
      <span className="ws-search-status" role="status">
        {open ? resultsInWords(query, options.length) : ''}
      </span>
    </div>
  );
}
