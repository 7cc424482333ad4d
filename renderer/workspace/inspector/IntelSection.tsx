import { useState } from 'react';
import type { Entity, Link } from '../../../shared/model';
import { newId } from '../../../shared/model';
import type { Command, LoadedWorkspace } from '../../store/api';
import {
  batchCommand,
  createIntelItem,
  setProvenance,
  updateIntelItem,
} from '../../store/commands';
import { EditForm } from './EditForm';
import { intelChoiceLabel } from './fields';
import { blankIntel, intelEdit, intelFields } from './intelForm';
import { Provenance } from './Provenance';
import './intel.css';

type Mode = { type: 'list' } | { type: 'new' } | { type: 'edit'; id: string };

/**
 * The intelligence an entity or a link rests on, where it is shown: graded items can be
 * written, edited, attached and detached without leaving the map. Writing a new item and
 * attaching it is one step of the history.
 */
export function IntelSection(props: {
  record: Entity | Link;
  table: 'entities' | 'links';
  /** How the record is named in labels: "Kayden Rook", "the link Leon exploits Kayden". */
  name: string;
  loaded: LoadedWorkspace;
  today: string;
  onCommand: (command: Command) => Promise<void>;
  run: (work: Promise<void>) => Promise<void>;
}) {
  const { record, loaded, name } = props;
  const [mode, setMode] = useState<Mode>({ type: 'list' });
  const [choice, setChoice] = useState('');
  const attached = new Set(record.provenance);
  const others = [...loaded.intel.values()]
    .filter((i) => !attached.has(i.id))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const setList = (ids: string[], label: string) =>
    props.onCommand(setProvenance(props.table, record.id, ids, label));
  const refOf = (id: string) => loaded.intel.get(id)?.reference ?? 'item';

  if (mode.type === 'new') {
    const draft = blankIntel(loaded.workspace.id, props.today, loaded.workspace.classification);
    const fields = intelFields();
    return (
      <section className="intel" aria-label="Intelligence">
        <EditForm
          record={draft}
          fields={fields}
          idPrefix={`intel-new-${record.id}`}
          title={`New intelligence item for ${name}`}
          build={(values) => intelEdit(draft, fields, values, props.today)}
          submit={(patch) => {
            const id = newId('int');
            return props.onCommand(
              batchCommand(`add intelligence ${patch.reference} to ${name}`, [
                createIntelItem(loaded.workspace.id, { ...patch, id }),
                setProvenance(props.table, record.id, [...record.provenance, id], 'attach'),
              ]),
            );
          }}
          onClose={() => setMode({ type: 'list' })}
        />
      </section>
    );
  }
  const editing = mode.type === 'edit' ? loaded.intel.get(mode.id) : undefined;
  if (editing) {
    const fields = intelFields(editing);
    return (
      <section className="intel" aria-label="Intelligence">
        <EditForm
          record={editing}
          fields={fields}
          idPrefix={`intel-${editing.id}`}
          title={`Edit intelligence item ${editing.reference}`}
          build={(values) => intelEdit(editing, fields, values, props.today)}
          submit={(patch) => props.onCommand(updateIntelItem(editing.id, patch))}
          onClose={() => setMode({ type: 'list' })}
        />
      </section>
    );
  }
  return (
    <section className="intel" aria-labelledby={`intel-${record.id}-title`}>
      <h3 id={`intel-${record.id}-title`}>Provenance (intelligence)</h3>
      <Provenance
        ids={record.provenance}
        intel={loaded.intel}
        actions={(item) => (
          <>
            <button
              type="button"
              aria-label={`Edit ${item.reference}`}
              onClick={() => setMode({ type: 'edit', id: item.id })}
            >
              Edit
            </button>
            <button
              type="button"
              aria-label={`Detach ${item.reference}`}
              onClick={() =>
                void props.run(
                  setList(
                    record.provenance.filter((p) => p !== item.id),
                    `detach intelligence ${item.reference}`,
                  ),
                )
              }
            >
              Detach
            </button>
          </>
        )}
      />
      <div className="intel-add">
        <button type="button" onClick={() => setMode({ type: 'new' })}>
          New intelligence item…
        </button>
        {others.length > 0 ? (
          <div className="intel-attach">
            <label htmlFor={`intel-attach-${record.id}`}>Attach an existing item</label>
            <select
              id={`intel-attach-${record.id}`}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
            >
              <option value="">Choose an item…</option>
              {others.map((i) => (
                <option key={i.id} value={i.id}>
                  {intelChoiceLabel(i)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!choice}
              onClick={() => {
                const id = choice;
                setChoice('');
                void props.run(
                  setList([...record.provenance, id], `attach intelligence ${refOf(id)}`),
                );
              }}
            >
              Attach
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
