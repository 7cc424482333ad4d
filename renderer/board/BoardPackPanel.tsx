import { useMemo } from 'react';
import { renderBoardPackHtml } from '../../shared/board';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ErrorAlert } from '../app/ErrorAlert';
import { ProfilePrintView } from '../profiles/ProfilePrintView';
import type { StoredMeeting } from '../plans/boardRecords';
import { boardDocument } from './boardDocument';
import { useBoardPackExport } from './useBoardPackExport';

/** One meeting's pack: what it holds, exact preview, HTML and PDF export, and its disclosure log. */
export function BoardPackPanel({
  module,
  meeting,
}: {
  module: WorkspaceModuleProps;
  meeting: StoredMeeting;
}) {
  const doc = useMemo(() => boardDocument(module.loaded, meeting), [module.loaded, meeting]);
  const html = useMemo(() => renderBoardPackHtml(doc), [doc]);
  const ex = useBoardPackExport(module, meeting.storedId, doc, html);
  return (
    <section aria-labelledby="board-pack-h">
      <h3 id="board-pack-h">Board pack for {meeting.heldOn}</h3>
      <p>
        Marked <strong>{doc.marking}</strong>. Summarises {doc.rows.length} groups and their plans;{' '}
        {doc.overdueByAgency.reduce((n, a) => n + a.count, 0)} actions overdue; {doc.dueNext.length}{' '}
        items due next. Outcomes are counted{' '}
        {doc.since ? `since the meeting on ${doc.since}` : 'to date'}. It names groups, powers and
        agencies only.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void ex.exportHtml()}>
          Export board pack as HTML
        </button>
        <button type="button" onClick={() => void ex.exportPdf()} disabled={ex.confirming}>
          Export board pack as PDF
        </button>
      </div>
      <p role="status">{ex.status}</p>
      {ex.confirming ? (
        <div className="toolbar" role="group" aria-label="Was the PDF saved or sent?">
          <button type="button" onClick={() => void ex.confirmPdf(true)}>
            Yes, the PDF was saved or sent
          </button>
          <button type="button" onClick={() => void ex.confirmPdf(false)}>
            No, nothing was disclosed
          </button>
        </div>
      ) : null}
      <ErrorAlert message={ex.error} />
      {meeting.exports.length ? (
        <table className="data-table">
          <caption>Disclosure log of this board pack</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">By</th>
              <th scope="col">Format</th>
              <th scope="col">Marking</th>
            </tr>
          </thead>
          <tbody>
            {meeting.exports.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{e.at.replace('T', ' ').slice(0, 16)}</td>
                <td>{e.by}</td>
                <td>{e.format.toUpperCase()}</td>
                <td>{e.marking}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">This pack has not been exported yet.</p>
      )}
      <iframe
        className="profile-frame"
        title={`Board pack preview for ${meeting.heldOn}`}
        sandbox=""
        srcDoc={html}
      />
      {ex.printHtml ? <ProfilePrintView html={ex.printHtml} onReady={ex.onPrintReady} /> : null}
    </section>
  );
}
