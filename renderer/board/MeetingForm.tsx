import { useId, useState } from 'react';
import { meetingSchema } from '../../shared/board';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command } from '../store';
import { createMeeting, updateMeeting } from '../store/commands';
import type { StoredMeeting } from '../plans/boardRecords';

/**
 * Adds a board meeting (its pack is produced from the workspace as it stands) or, given
 * `editing`, changes its date, title or chair; packs already sent stay in its log.
 */
export function MeetingForm(props: {
  workspaceId: string;
  today: string;
  run: (c: Command) => Promise<void>;
  onAdded?: (id: string) => void;
  editing?: StoredMeeting;
  onDone?: (saved?: string) => void;
}) {
  const { editing } = props;
  const id = useId();
  const [heldOn, setHeldOn] = useState(editing?.heldOn ?? props.today);
  const [title, setTitle] = useState(editing?.title ?? '');
  const [chair, setChair] = useState(editing?.chair ?? '');
  const [error, setError] = useState('');
  const submit = () => {
    const parsed = meetingSchema.safeParse({
      heldOn,
      title,
      chair,
      ...(editing ? { minimumMarking: editing.minimumMarking } : {}),
    });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the form.');
    if (editing)
      return props.run(updateMeeting(editing.storedId, parsed.data)).then(
        () => props.onDone?.(`Meeting of ${parsed.data.heldOn} saved.`),
        (err: Error) => setError(err.message),
      );
    const command = createMeeting(props.workspaceId, parsed.data);
    return props.run(command).then(
      () => {
        setError('');
        setTitle('');
        props.onAdded?.(command.id);
      },
      (err: Error) => setError(err.message),
    );
  };
  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-h`}>{editing ? `Edit the meeting of ${editing.heldOn}` : 'Add a meeting'}</h3>
      <label htmlFor={`${id}-on`}>Meeting date</label>
      <input
        id={`${id}-on`}
        type="date"
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-chair`}>Chair</label>
      <input id={`${id}-chair`} value={chair} onChange={(e) => setChair(e.target.value)} />
      <ErrorAlert message={error} />
      <div className="toolbar">
        <button type="submit">{editing ? 'Save meeting' : 'Add meeting'}</button>
        {editing ? (
          <button type="button" onClick={() => props.onDone?.()}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
