import { useState } from 'react';
import type { Entity } from '../../../shared/model';
import { ENTITY_KINDS } from '../../../shared/model';
import { deleteEntities, updateEntity } from '../../store/commands';
import { safeguardingReason } from '../elements';
import { ENTITY_ICONS } from '../icons';
import { EditForm } from './EditForm';
import { FactList } from './FactList';
import type { InspectorProps } from './Inspector';
import { PanelActions, useFailure } from './panelParts';
import { IntelSection } from './IntelSection';
import { entityEdit } from './edits';
import { entityFacts, linkFromEntity } from './facts';
import { entityFields, provenanceField } from './fields';

export function EntityPanel(props: InspectorProps & { entity: Entity }) {
  const { entity, loaded } = props;
  const [editing, setEditing] = useState(false);
  const { failure, run } = useFailure();
  const fields = [...entityFields(entity.kind), provenanceField([...loaded.intel.values()])];
  const badge = safeguardingReason(entity, props.today);
  const isGroup = entity.kind === 'ocg' || entity.kind === 'usg';
  const hiddenIn = props.summary?.hiddenIn(entity.id);
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
      {hiddenIn ? (
        <p className="combo-note">
          Not drawn on its own: it is inside {hiddenIn.label}, shown as one node.{' '}
          <button type="button" onClick={() => props.onToggleCollapse(hiddenIn.id)}>
            Expand {hiddenIn.label}
          </button>
        </p>
      ) : null}
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
          build={(values) => entityEdit(entity, fields, values, props.today)}
          submit={(patch) => props.onCommand(updateEntity(entity.id, patch))}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <FactList facts={entityFacts(entity)} />
          <IntelSection
            record={entity}
            table="entities"
            name={entity.label}
            loaded={loaded}
            today={props.today}
            onCommand={props.onCommand}
            run={run}
          />
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
                    {linkFromEntity(l, entity.id, loaded.entities)}
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
