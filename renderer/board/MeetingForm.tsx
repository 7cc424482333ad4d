import { useId, useState } from 'react';
import { meetingSchema } from '../../shared/board';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command } from '../store';
import { createMeeting } from '../store/commands';

/** Adds a board meeting; its pack is produced from the workspace as it stands. */
export function MeetingForm(props: {
  workspaceId: string;
  today: string;
  run: (c: Command) => Promise<void>;
  onAdded: (id: string) => void;
}) {
  const id = useId();
  const [heldOn, setHeldOn] = useState(props.today);
  const [title, setTitle] = useState('');
  const [chair, setChair] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = meetingSchema.safeParse({ heldOn, title, chair });
        if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the form.');
        const command = createMeeting(props.workspaceId, parsed.data);
        props.run(command).then(
          () => {
            setError('');
            setTitle('');
            props.onAdded(command.id);
          },
          (err: Error) => setError(err.message),
        );
      }}
    >
      <h3 id={`${id}-h`}>Add a meeting</h3>
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
      <button type="submit">Add meeting</button>
    </form>
  );
}
