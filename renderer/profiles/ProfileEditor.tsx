import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { ENTITY_KINDS } from '../../shared/model';
import { renderProfileHtml } from '../../shared/profiles';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { partnershipCommand } from '../plans/partnershipStore';
import { plansOf } from '../plans/partnershipRecords';
import { ProfilePreview } from './ProfilePreview';
import { ProfilePrintView } from './ProfilePrintView';
import { RecipientFields } from './RecipientFields';
import { SectionEditor } from './SectionEditor';
import {
  buildDraftDocument,
  disclosureEntry,
  exportFileName,
  profileSubjects,
} from './profileDocument';
import type { ExportLogEntry, ProfileDraftFields } from './profileDraft';
import { useProfileMeasures } from './useProfileMeasures';

interface Props {
  module: WorkspaceModuleProps;
  draftId: string | undefined;
  initial: ProfileDraftFields;
  exports: readonly ExportLogEntry[];
  onSaved: (id: string) => void;
  onClose: () => void;
}

/** One profile: subject, recipient, sections, live preview, and the two exports. */
export function ProfileEditor({ module, draftId, initial, exports, onSaved, onClose }: Props) {
  const { loaded, run, platform, userName, today } = module;
  const id = useId();
  const [fields, setFields] = useState(initial);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [printHtml, setPrintHtml] = useState<string | null>(null);
  const printReady = useRef<() => void>(() => {});
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

  const save = async (): Promise<string> => {
    if (draftId) {
      await run(partnershipCommand('updateProfileDraft')(draftId, fields));
      return draftId;
    }
    const command = partnershipCommand('createProfileDraft')(loaded.workspace.id, fields);
    await run(command);
    if (!command.id) throw new Error('The profile was saved but the store gave back no id.');
    onSaved(command.id);
    return command.id;
  };

  const attempt = async (what: string, work: () => Promise<string>) => {
    setError('');
    setStatus(`${what}…`);
    try {
      setStatus(await work());
    } catch (e) {
      setStatus('');
      setError((e as Error).message);
    }
  };

  const logExport = async (savedId: string, format: 'html' | 'pdf') => {
    if (!built.ok) return;
    const entry = disclosureEntry(built.doc, format, userName, new Date().toISOString());
    await run(partnershipCommand('recordProfileExport')(savedId, entry));
  };

  const exportHtml = () =>
    attempt('Exporting HTML', async () => {
      if (!built.ok) throw new Error(built.message);
      partnershipCommand('recordProfileExport');
      const savedId = await save();
      const saved = await platform.saveFile({
        suggestedName: exportFileName(built.doc, 'html'),
        data: html,
        mimeType: 'text/html',
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (!saved) return 'Export cancelled; nothing was disclosed.';
      await logExport(savedId, 'html');
      return 'Exported as HTML and recorded in the disclosure log.';
    });

  const onPrintReady = useCallback(() => printReady.current(), []);
  const exportPdf = () =>
    attempt('Preparing PDF', async () => {
      if (!built.ok) throw new Error(built.message);
      partnershipCommand('recordProfileExport');
      const savedId = await save();
      const ready = new Promise<void>((resolve) => (printReady.current = resolve));
      setPrintHtml(html);
      await ready;
      let printed: boolean;
      try {
        printed = await platform.printToPdf({
          suggestedName: exportFileName(built.doc, 'pdf'),
          marking: built.doc.marking,
        });
      } finally {
        setPrintHtml(null);
      }
      if (!printed) return 'PDF cancelled; nothing was disclosed.';
      await logExport(savedId, 'pdf');
      return 'Printed to PDF and recorded in the disclosure log.';
    });

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
          <SectionEditor value={fields} onChange={(s) => setFields({ ...fields, ...s })} />
        </div>
        <div>
          <div className="toolbar">
            <button type="button" onClick={() => void attempt('Saving', async () => (await save(), 'Draft saved.'))}>
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
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
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

function DisclosureLog({ exports }: { exports: readonly ExportLogEntry[] }) {
  if (exports.length === 0) return <p className="hint">This profile has not been exported yet.</p>;
  return (
    <table className="data-table">
      <caption>Disclosure log of this profile</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">By</th>
          <th scope="col">Format</th>
          <th scope="col">Recipient</th>
        </tr>
      </thead>
      <tbody>
        {exports.map((e, i) => (
          <tr key={`${e.at}-${i}`}>
            <td>{e.at.replace('T', ' ').slice(0, 16)}</td>
            <td>{e.by}</td>
            <td>{e.format.toUpperCase()}</td>
            <td>{e.agency}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
