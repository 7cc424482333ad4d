import { useId, useMemo, useRef, useState } from 'react';
import { ENTITY_KINDS } from '../../shared/model';
import { renderProfileHtml } from '../../shared/profiles';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { createProfileDraft, updateProfileDraft } from '../store/commands';
import { plansOf } from '../plans/partnershipRecords';
import { ProfilePreview } from './ProfilePreview';
import { DisclosureLog } from './DisclosureLog';
import { ProfilePrintView } from './ProfilePrintView';
import { useProfileExport } from './useProfileExport';
import { RecipientFields } from './RecipientFields';
import { SectionEditor } from './SectionEditor';
import { buildDraftDocument, profileSubjects } from './profileDocument';
import type { DisclosureEntry, DisclosureTerms } from '../../shared/profiles';
import { TermsFields } from './TermsFields';
import type { ProfileDraftFields } from './profileDraft';
import { useProfileMeasures } from './useProfileMeasures';
import { ErrorAlert } from '../app/ErrorAlert';

interface Props {
  module: WorkspaceModuleProps;
  draftId: string | undefined;
  initial: ProfileDraftFields;
  exports: readonly DisclosureEntry[];
  onSaved: (id: string) => void;
  onClose: () => void;
}

/** One profile: subject, recipient, sections, live preview, and the two exports. */
export function ProfileEditor({ module, draftId, initial, exports, onSaved, onClose }: Props) {
  const { loaded, run, userName, today } = module;
  const id = useId();
  const [fields, setFields] = useState(initial);
  const measures = useProfileMeasures(loaded);
  const subjects = useMemo(() => profileSubjects(loaded), [loaded]);
  const built = useMemo(
    () =>
      buildDraftDocument(loaded, fields, {
        author: userName,
        date: today,
        measures: measures.status === 'done' ? measures.measures : [],
        plans: plansOf(loaded),
      }),
    [loaded, fields, userName, today, measures],
  );
  const html = useMemo(() => (built.ok ? renderProfileHtml(built.doc) : ''), [built]);
  const buildWith = (terms: { terms: DisclosureTerms; reference: string }) =>
    buildDraftDocument(loaded, fields, {
      author: userName,
      date: today,
      measures: measures.status === 'done' ? measures.measures : [],
      plans: plansOf(loaded),
      terms,
    });

  // What the store last saw, so an export of an unchanged draft adds no edit to the history.
  const lastSaved = useRef(draftId ? JSON.stringify(initial) : '');
  const save = async (): Promise<string> => {
    const current = JSON.stringify(fields);
    if (draftId) {
      if (current !== lastSaved.current) await run(updateProfileDraft(draftId, fields));
      lastSaved.current = current;
      return draftId;
    }
    const command = createProfileDraft(loaded.workspace.id, fields);
    await run(command);
    lastSaved.current = current;
    if (!command.id) throw new Error('The profile was saved but the store gave back no id.');
    onSaved(command.id);
    return command.id;
  };

  const {
    status,
    error,
    attempt,
    exportHtml,
    exportPdf,
    printHtml,
    onPrintReady,
    pending,
    confirmSent,
  } = useProfileExport(module, fields, buildWith, save);

  return (
    <section aria-labelledby={`${id}-h`} className="profile-editor">
      <div className="toolbar">
        <h2 id={`${id}-h`}>{draftId ? 'Edit profile' : 'New profile'}</h2>
        <button type="button" onClick={onClose}>
          Back to the list
        </button>
      </div>
      <div className="profile-columns">
        <div>
          <div className="stack-form">
            <label htmlFor={`${id}-subject`}>Subject</label>
            <select
              id={`${id}-subject`}
              value={fields.subjectId}
              onChange={(e) => setFields({ ...fields, subjectId: e.target.value })}
            >
              {subjects.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label} ({ENTITY_KINDS[s.kind].label})
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-title`}>Title (optional)</label>
            <input
              id={`${id}-title`}
              value={fields.title}
              onChange={(e) => setFields({ ...fields, title: e.target.value })}
            />
          </div>
          <RecipientFields
            value={fields.recipient}
            onChange={(recipient) => setFields({ ...fields, recipient })}
          />
          <TermsFields
            value={fields.terms}
            twoPersonRule={!!module.twoPerson?.disclosure}
            onChange={(terms) => setFields({ ...fields, terms })}
          />
          <SectionEditor value={fields} onChange={(s) => setFields({ ...fields, ...s })} />
        </div>
        <div>
          <div className="toolbar">
            <button
              type="button"
              onClick={() => void attempt('Saving', async () => (await save(), 'Draft saved.'))}
            >
              Save draft
            </button>
            <button type="button" disabled={!built.ok} onClick={() => void exportHtml()}>
              Export HTML
            </button>
            <button type="button" disabled={!built.ok} onClick={() => void exportPdf()}>
              Export PDF
            </button>
          </div>
          <p role="status" className="hint">
            {status}
            {measures.status === 'running' ? ' Working out key measures…' : ''}
            {measures.status === 'failed'
              ? ` Key measures are missing from this profile: ${measures.message}`
              : ''}
          </p>
          <ErrorAlert message={error} />
          {pending ? (
            <div className="toolbar" role="group" aria-label="Was the PDF sent?">
              <span>
                Was PDF {pending.doc.reference} saved and sent to {pending.doc.recipient.agency}?
              </span>
              <button type="button" onClick={() => void confirmSent(true)}>
                Yes, it was sent: log the disclosure
              </button>
              <button type="button" onClick={() => void confirmSent(false)}>
                No, nothing was sent
              </button>
            </div>
          ) : null}
          {built.ok ? (
            <ProfilePreview doc={built.doc} html={html} />
          ) : (
            <p className="notice">{built.message}</p>
          )}
          <DisclosureLog exports={exports} />
        </div>
      </div>
      {printHtml ? <ProfilePrintView html={printHtml} onReady={onPrintReady} /> : null}
    </section>
  );
}
