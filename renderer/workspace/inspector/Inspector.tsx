import type { Command, LoadedWorkspace } from '../../store/api';
import type { ChartSelection } from '../canvas/ChartController';
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
}

/** Shows everything known about the selected entity or link, and edits it through a command. */
export function Inspector(props: InspectorProps) {
  const { loaded, selection } = props;
  const entity = selection?.type === 'entity' ? loaded.entities.get(selection.id) : undefined;
  const link = selection?.type === 'link' ? loaded.links.get(selection.id) : undefined;
  useConsultation(inspectorConsultation(loaded, entity, link));
  return (
    <aside className="inspector" aria-label="Inspector">
      {entity ? (
        <EntityPanel key={entity.id} entity={entity} {...props} />
      ) : link ? (
        <LinkPanel key={link.id} link={link} {...props} />
      ) : (
        <p className="muted inspector-empty">
          Select an entity or a link, on the chart or in the table, to see everything recorded about
          it.
        </p>
      )}
    </aside>
  );
}
