import type { ProfileDocument } from '../../shared/profiles';

/**
 * The profile exactly as the recipient will open it: the exported HTML in a sandboxed frame with
 * no permissions at all (sandbox=""), so nothing in it can run, navigate or reach the app.
 */
export function ProfilePreview({ doc, html }: { doc: ProfileDocument; html: string }) {
  const { redaction, withheld } = doc;
  return (
    <section aria-labelledby="profile-preview-h" className="profile-preview">
      <h3 id="profile-preview-h">Preview as {doc.recipient.agency} will see it</h3>
      <p>
        Marked <strong>{doc.marking}</strong>. Shows {doc.disclosed.entityIds.length} records,{' '}
        {doc.disclosed.linkIds.length} links and {doc.disclosed.intelIds.length} intelligence items.{' '}
        {withheld.total === 0
          ? 'Nothing about the subject is withheld from this recipient.'
          : `${withheld.total} item(s) about the subject are withheld from this recipient.`}{' '}
        {redaction.detail === 'statement'
          ? 'Cleared only to OFFICIAL, the recipient is told that information was withheld, without numbers.'
          : 'The recipient sees the counts below.'}
      </p>
      {withheld.rows.length > 0 ? (
        <table className="data-table">
          <caption>
            Withheld about the subject (counts only, for you; kept with each export)
          </caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Why withheld</th>
              <th scope="col">Number</th>
            </tr>
          </thead>
          <tbody>
            {withheld.rows.map((r) => (
              <tr key={`${r.kind}-${r.reason}`}>
                <td>{r.kindLabel}</td>
                <td>{r.reasonText}</td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <iframe
        className="profile-frame"
        title={`Profile preview for ${doc.recipient.agency}`}
        sandbox=""
        srcDoc={html}
      />
    </section>
  );
}
