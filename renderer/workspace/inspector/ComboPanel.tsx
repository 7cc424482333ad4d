import type { LoadedWorkspace } from '../../store/api';
import type { ChartSelection } from '../canvas/ChartController';
import type { Combo } from '../summary/combos';

const LISTED = 12;

/** A summary's combo: what it holds, its key nominals, and the way to open it up. */
export function ComboPanel(props: {
  combo: Combo;
  loaded: LoadedWorkspace;
  expanded: boolean;
  onToggle: (id: string) => void;
  onSelect: (selection: ChartSelection) => void;
}) {
  const { combo, loaded } = props;
  const what =
    combo.kind === 'group'
      ? 'A group drawn as one node'
      : 'A community (Louvain: entities more linked to each other than to the rest) drawn as one node';
  return (
    <div className="panel">
      <header className="panel-head">
        <div>
          <p className="panel-kind">{what}</p>
          <h2>{combo.label}</h2>
        </div>
      </header>
      <p>
        {combo.size.toLocaleString('en-GB')} entities.
        {combo.keyNames.length > 0 ? ` Key nominals: ${combo.keyNames.join(', ')}.` : ''}
      </p>
      <div className="panel-actions">
        <button type="button" onClick={() => props.onToggle(combo.id)}>
          {props.expanded ? 'Collapse' : 'Expand'} {combo.label}
        </button>
      </div>
      <section aria-label="Best-linked members">
        <h3>Best-linked members</h3>
        <ul className="link-list">
          {combo.members.slice(0, LISTED).map((id) => (
            <li key={id}>
              <button
                type="button"
                className="linkish"
                onClick={() => props.onSelect({ type: 'entity', id })}
              >
                {loaded.entities.get(id)?.label ?? id}
              </button>
            </li>
          ))}
        </ul>
        {combo.members.length > LISTED ? (
          <p className="muted">and {combo.members.length - LISTED} more.</p>
        ) : null}
      </section>
    </div>
  );
}
