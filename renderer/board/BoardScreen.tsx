import { useMemo, useState } from 'react';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { meetingsOf } from '../plans/boardRecords';
import { BoardPackPanel } from './BoardPackPanel';
import { MeetingActions } from './MeetingActions';
import { MeetingForm } from './MeetingForm';
import '../plans/partnership.css';

/** The partnership board's meetings and the pack for each: one document per meeting. */
export function BoardScreen(props: WorkspaceModuleProps) {
  const { loaded, run, today } = props;
  const meetings = useMemo(() => meetingsOf(loaded), [loaded]);
  const upcoming = meetings.find((m) => m.heldOn >= today) ?? meetings.at(-1);
  const [selected, setSelected] = useState<string | null>(upcoming?.storedId ?? null);
  const meeting = meetings.find((m) => m.storedId === selected);
  const [notice, setNotice] = useState('');
  return (
    <div className="ws-screen partnership profile-columns">
      <div>
        <h2>Partnership board</h2>
        {meetings.length === 0 ? <p className="notice">No meetings yet.</p> : null}
        <ul aria-label="Meetings">
          {meetings.map((m) => (
            <li key={m.storedId}>
              <button
                type="button"
                aria-current={m.storedId === selected ? 'true' : undefined}
                onClick={() => {
                  setNotice('');
                  setSelected(m.storedId);
                }}
              >
                {m.heldOn}: {m.title}
              </button>{' '}
              {m.exports.length ? <span className="hint">{m.exports.length} export(s)</span> : null}
            </li>
          ))}
        </ul>
        <p role="status" className="hint">
          {notice}
        </p>
        {meeting ? (
          <MeetingActions
            key={`${meeting.storedId}-${loaded.meetings.get(meeting.storedId)?.updatedAt ?? ''}`}
            meeting={meeting}
            workspaceId={loaded.workspace.id}
            today={today}
            run={run}
            onSaved={setNotice}
            onDeleted={() => {
              setSelected(null);
              setNotice(`Deleted the meeting of ${meeting.heldOn}. Undo brings it back.`);
            }}
          />
        ) : null}
        <MeetingForm
          workspaceId={loaded.workspace.id}
          today={today}
          run={run}
          onAdded={setSelected}
        />
      </div>
      <div>
        {meeting ? (
          <BoardPackPanel key={meeting.storedId} module={props} meeting={meeting} />
        ) : (
          <p className="notice">Choose a meeting or add one.</p>
        )}
      </div>
    </div>
  );
}
