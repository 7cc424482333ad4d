import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Entity, Link } from '../../../shared/model';
import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model';
import type { Command, LoadedWorkspace } from '../../store/api';
import { deleteEntities, deleteLinks, updateEntity, updateLink } from '../../store/commands';
import type { ChartSelection } from '../canvas/ChartController';
import { safeguardingReason } from '../elements';
import { ENTITY_ICONS } from '../icons';
import { EditForm } from './EditForm';
import { FactList } from './FactList';
import { Provenance } from './Provenance';
import { entityEdit, linkEdit } from './edits';
import { entityFact, entityFacts, linkFacts } from './facts';
import { LINK_FIELDS, entityFields, provenanceField } from './fields';

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

function PanelActions(props: {
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
  extra?: ReactNode;
}) {
  if (props.editing) return null;
  return (
    <div className="panel-actions">
      <button type="button" onClick={props.onEdit}>
        Edit
      </button>
      {props.extra}
      <button type="button" className="danger" onClick={props.onDelete}>
        Delete
      </button>
    </div>
  );
}

function useFailure() {
  const [failure, setFailure] = useState<string>();
  const run = async (work: Promise<void>) => {
    setFailure(undefined);
    try {
      await work;
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return { failure, run };
}

function EntityPanel(props: InspectorProps & { entity: Entity }) {
  const { entity, loaded } = props;
  const [editing, setEditing] = useState(false);
  const { failure, run } = useFailure();
  const fields = [...entityFields(entity.kind), provenanceField([...loaded.intel.values()])];
  const badge = safeguardingReason(entity, props.today);
  const isGroup = entity.kind === 'ocg' || entity.kind === 'usg';
  const connected = [...loaded.links.values()].filter(
    (l) => l.source === entity.id || l.target === entity.id,
  );
  return (
    <div className="panel">
      <header className="panel-head">
        <img
          src={ENTITY_ICONS[entity.kind]}
          alt=""
          className={`kind-icon kind-${entity.kind}`}
          width={32}
          height={32}
        />
        <div>
          <p className="panel-kind">{ENTITY_KINDS[entity.kind].label}</p>
          <h2>{entity.label}</h2>
          {badge ? (
            <p className="badge-text">
              {badge === 'child' ? 'Safeguarding: child' : 'Safeguarding: vulnerable adult'}
            </p>
          ) : null}
        </div>
      </header>
      {failure ? (
        <p className="form-errors" role="alert">
          {failure}
        </p>
      ) : null}
      <PanelActions
        editing={editing}
        onEdit={() => setEditing(true)}
        onDelete={() => void run(props.onCommand(deleteEntities([entity.id])))}
        extra={
          isGroup ? (
            <button type="button" onClick={() => props.onToggleCollapse(entity.id)}>
              {props.collapsed.has(entity.id) ? 'Expand group' : 'Collapse group'}
            </button>
          ) : null
        }
      />
      {editing ? (
        <EditForm
          record={entity}
          fields={fields}
          idPrefix={`edit-${entity.id}`}
          title={`Edit ${entity.label}`}
          build={(values) => entityEdit(entity, fields, values)}
          submit={(patch) => props.onCommand(updateEntity(entity.id, patch))}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <FactList facts={entityFacts(entity)} />
          <Provenance ids={entity.provenance} intel={loaded.intel} />
          <section aria-label="Links">
            <h3>Links ({connected.length})</h3>
            <ul className="link-list">
              {connected.map((l) => (
                <li key={l.id}>
                  <button
                    type="button"
                    className="linkish"
                    onClick={() => props.onSelect({ type: 'link', id: l.id })}
                  >
                    {LINK_KINDS[l.kind].label}{' '}
                    {entityFact(loaded.entities, l.source === entity.id ? l.target : l.source)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function LinkPanel(props: InspectorProps & { link: Link }) {
  const { link, loaded } = props;
  const [editing, setEditing] = useState(false);
  const { failure, run } = useFailure();
  // Legacy 5x5x5 grades are shown but not edited: the form leaves them as they are.
  const gradeFields =
    link.grade?.scheme === '5x5x5' ? [] : LINK_FIELDS.filter((f) => f.path.startsWith('grade.'));
  const fields = [
    ...LINK_FIELDS.filter((f) => !f.path.startsWith('grade.')).slice(0, 5),
    ...gradeFields,
    ...LINK_FIELDS.filter((f) => !f.path.startsWith('grade.')).slice(5),
    provenanceField([...loaded.intel.values()]),
  ];
  const title = `${entityFact(loaded.entities, link.source)} – ${entityFact(loaded.entities, link.target)}`;
  return (
    <div className="panel">
      <header className="panel-head">
        <div>
          <p className="panel-kind">Link: {LINK_KINDS[link.kind].label}</p>
          <h2>{title}</h2>
        </div>
      </header>
      {failure ? (
        <p className="form-errors" role="alert">
          {failure}
        </p>
      ) : null}
      <PanelActions
        editing={editing}
        onEdit={() => setEditing(true)}
        onDelete={() => void run(props.onCommand(deleteLinks([link.id])))}
        extra={
          <>
            <button
              type="button"
              onClick={() => props.onSelect({ type: 'entity', id: link.source })}
            >
              Go to {LINK_KINDS[link.kind].directed ? 'source' : 'first end'}
            </button>
            <button
              type="button"
              onClick={() => props.onSelect({ type: 'entity', id: link.target })}
            >
              Go to {LINK_KINDS[link.kind].directed ? 'target' : 'second end'}
            </button>
          </>
        }
      />
      {editing ? (
        <EditForm
          record={link}
          fields={fields}
          idPrefix={`edit-${link.id}`}
          title={`Edit link ${title}`}
          build={(values) => linkEdit(link, fields, values)}
          submit={(patch) => props.onCommand(updateLink(link.id, patch))}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <FactList facts={linkFacts(link, loaded.entities)} />
          <Provenance ids={link.provenance} intel={loaded.intel} />
        </>
      )}
    </div>
  );
}
