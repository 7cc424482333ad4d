import { useId, useMemo, useState } from 'react';
import { PROFILE_SUBJECT_KINDS } from '../../shared/profiles';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { deleteProfileDraft } from '../store/commands';
import { ProfileEditor } from './ProfileEditor';
import { draftsOf, editableFields, newDraftFields, type ProfileDraftFields } from './profileDraft';
import { profileSubjects } from './profileDocument';
import '../plans/partnership.css';
import { ErrorAlert } from '../app/ErrorAlert';

type Editing = { draftId: string | undefined; initial: ProfileDraftFields } | null;

/** Partnership profiles of this workspace: the drafts, and the editor for one of them. */
export function ProfilesScreen(props: WorkspaceModuleProps) {
  const { loaded, run, audit } = props;
  const id = useId();
  const drafts = useMemo(() => draftsOf(loaded), [loaded]);
  const subjects = useMemo(() => profileSubjects(loaded), [loaded]);
  const [editing, setEditing] = useState<Editing>(null);
  const [subjectId, setSubjectId] = useState('');
  const [error, setError] = useState('');
  const open = drafts.find((d) => d.storedId === editing?.draftId);

  /** Opening a profile shows the subject's records to the author: logged as a view (DPA s.62). */
  const startEditing = (draftId: string | undefined, initial: ProfileDraftFields) => {
    setEditing({ draftId, initial });
    void audit
      .record({
        action: 'view',
        subject: 'profile',
        targets: [initial.subjectId, ...(draftId ? [draftId] : [])],
        workspaceId: loaded.workspace.id,
        detail: `Profile of ${loaded.entities.get(initial.subjectId)?.label ?? initial.subjectId} opened`,
      })
      .catch((e: Error) => setError(`The view could not be logged: ${e.message}`));
  };

  if (editing) {
    return (
      <div className="ws-screen partnership">
        <ProfileEditor
          key="editor"
          module={props}
          draftId={editing.draftId}
          initial={editing.initial}
          exports={open?.exports ?? []}
          onSaved={(draftId) => setEditing({ ...editing, draftId })}
          onClose={() => setEditing(null)}
        />
      </div>
    );
  }

  const label = (sid: string) => loaded.entities.get(sid)?.label ?? 'Subject no longer on the map';
  const remove = (draftId: string) =>
    run(deleteProfileDraft(draftId)).catch((e: Error) => setError(e.message));
  const chosen = subjectId || subjects.find((s) => s.kind === 'ocg')?.id || subjects[0]?.id || '';

  return (
    <div className="ws-screen partnership">
      <h2>Partnership profiles</h2>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) startEditing(undefined, newDraftFields(chosen));
        }}
      >
        <label htmlFor={`${id}-subject`}>
          Subject ({PROFILE_SUBJECT_KINDS.length} kinds: person, OCG, street gang, location)
        </label>
        <select id={`${id}-subject`} value={chosen} onChange={(e) => setSubjectId(e.target.value)}>
          {subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} ({s.kind})
            </option>
          ))}
        </select>
        <button type="submit" disabled={!chosen}>
          New profile
        </button>
      </form>
      <ErrorAlert message={error} />
      {drafts.length === 0 ? (
        <p className="notice">No profiles yet. Choose a subject and start one.</p>
      ) : (
        <table className="data-table">
          <caption>Saved profile drafts</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Recipient</th>
              <th scope="col">Exports</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.storedId}>
                <td>{d.title || label(d.subjectId)}</td>
                <td>
                  {d.recipient.agency}, {d.recipient.role}
                </td>
                <td>{d.exports.length}</td>
                <td>
                  <div className="toolbar">
                    <button
                      type="button"
                      onClick={() => startEditing(d.storedId, editableFields(d))}
                    >
                      Open<span className="sr-only"> profile of {label(d.subjectId)}</span>
                    </button>
                    <button type="button" onClick={() => void remove(d.storedId)}>
                      Delete<span className="sr-only"> profile of {label(d.subjectId)}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
