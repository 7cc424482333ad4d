import type { Command, LoadedWorkspace } from '../../store/api';
import type { ChartSelection } from '../canvas/ChartController';
import type { SummaryInfo } from '../summary/useSummary';
import { ComboPanel } from './ComboPanel';
import { EntityPanel } from './EntityPanel';
import { LinkPanel } from './LinkPanel';
import { inspectorConsultation } from '../../store/consultations';
import { useConsultation } from '../../store/useConsultation';

export interface InspectorProps {
  loaded: LoadedWorkspace;
  selection: ChartSelection;
  today: string;
  onSelect: (selection: ChartSelection) => void;
  onCommand: (command: Command) => Promise<void>;
  collapsed: ReadonlySet<string>;
  onToggleCollapse: (groupId: string) => void;
  /** A large map's summary: combos, and which combo hides an entity. */
  summary?: SummaryInfo;
}

/** Shows everything known about the selected entity or link, and edits it through a command. */
export function Inspector(props: InspectorProps) {
  const { loaded, selection } = props;
  const entity = selection?.type === 'entity' ? loaded.entities.get(selection.id) : undefined;
  const link = selection?.type === 'link' ? loaded.links.get(selection.id) : undefined;
  useConsultation(inspectorConsultation(loaded, entity, link));
  const combo = !entity && selection ? props.summary?.combo(selection.id) : undefined;
  return (
    <aside className="inspector" aria-label="Inspector">
      {entity ? (
        <EntityPanel key={entity.id} entity={entity} {...props} />
      ) : link ? (
        <LinkPanel key={link.id} link={link} {...props} />
      ) : combo ? (
        <ComboPanel
          combo={combo}
          loaded={loaded}
          expanded={!props.collapsed.has(combo.id)}
          onToggle={props.onToggleCollapse}
          onSelect={props.onSelect}
        />
      ) : (
        <p className="muted inspector-empty">
          Select an entity or a link, on the chart or in the table, to see everything recorded about
          it.
        </p>
      )}
    </aside>
  );
}
