import { useState } from 'react';
import type { Link } from '../../../shared/model';
import { LINK_KINDS, exploitedByLinks, victimAsOffender } from '../../../shared/model';
import { deleteLinks, updateLink } from '../../store/commands';
import { EditForm } from './EditForm';
import { FactList } from './FactList';
import type { InspectorProps } from './Inspector';
import { PanelActions, useFailure } from './panelParts';
import { IntelSection } from './IntelSection';
import { linkEdit } from './edits';
import { entityFact, linkFacts, linkSentenceOf } from './facts';
import { ReverseLink } from './ReverseLink';
import { LINK_FIELDS, provenanceField } from './fields';

export function LinkPanel(props: InspectorProps & { link: Link }) {
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
  const title = linkSentenceOf(link, loaded.entities);
  const name = (id: string) => entityFact(loaded.entities, id);
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
              Go to {name(link.source)}
            </button>
            <button
              type="button"
              onClick={() => props.onSelect({ type: 'entity', id: link.target })}
            >
              Go to {name(link.target)}
            </button>
            <ReverseLink
              link={link}
              loaded={loaded}
              today={props.today}
              run={run}
              onCommand={props.onCommand}
            />
          </>
        }
      />
      {editing ? (
        <EditForm
          record={link}
          fields={fields}
          idPrefix={`edit-${link.id}`}
          title={`Edit link ${title}`}
          build={(values) =>
            linkEdit(link, fields, values, (edited) =>
              victimAsOffender(
                edited,
                loaded.entities,
                props.today,
                exploitedByLinks([...loaded.links.values()].filter((l) => l.id !== link.id)),
              ),
            )
          }
          submit={(patch) => props.onCommand(updateLink(link.id, patch))}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <FactList facts={linkFacts(link, loaded.entities)} />
          <IntelSection
            record={link}
            table="links"
            name={`the link ${title}`}
            loaded={loaded}
            today={props.today}
            onCommand={props.onCommand}
            run={run}
          />
        </>
      )}
    </div>
  );
}
