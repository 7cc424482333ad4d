import { useState } from 'react';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command } from '../store';
import { deleteMeeting } from '../store/commands';
import type { StoredMeeting } from '../plans/boardRecords';
import { MeetingForm } from './MeetingForm';

/**
 * Edit or delete the chosen meeting, undoably. A meeting whose pack has been sent cannot be
 * deleted (its disclosure log stays); the screen says so before the store would refuse.
 */
export function MeetingActions(props: {
  meeting: StoredMeeting;
  workspaceId: string;
  today: string;
  run: (c: Command) => Promise<void>;
  onDeleted: () => void;
  onSaved: (message: string) => void;
}) {
  const { meeting } = props;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const sent = meeting.exports.length > 0;
  const name = `the meeting of ${meeting.heldOn}`;
  return (
    <section aria-label={`Manage ${name}`}>
      <div className="toolbar">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Edit meeting
        </button>
        <button type="button" disabled={sent} onClick={() => setConfirming(true)}>
          Delete meeting
        </button>
      </div>
      {sent ? (
        <p className="hint">
          Its pack has been sent, so the meeting stays with its disclosure log; its details can
          still be corrected.
        </p>
      ) : null}
      <ErrorAlert message={error} />
      {confirming ? (
        <div role="group" aria-label={`Delete ${name}?`} className="toolbar">
          <span>Delete {name}? Undo can bring it back.</span>
          <button
            type="button"
            onClick={() =>
              void props.run(deleteMeeting(meeting.storedId)).then(props.onDeleted, (e: Error) => {
                setConfirming(false);
                setError(e.message);
              })
            }
          >
            Yes, delete it
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            No, keep it
          </button>
        </div>
      ) : null}
      {editing ? (
        <MeetingForm
          workspaceId={props.workspaceId}
          today={props.today}
          run={props.run}
          editing={meeting}
          onDone={(saved) => {
            setEditing(false);
            if (saved) props.onSaved(saved);
          }}
        />
      ) : null}
    </section>
  );
}
