import { useCallback, useId, useState } from 'react';
import { describeIssues, sealBundle } from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { PassphraseMeter } from '../app/PassphraseMeter';
import { StatusLine } from './useImportRun';
import { documentOf } from './workspaceRecords';

type Props = Pick<WorkspaceModuleProps, 'loaded' | 'platform' | 'audit'>;

/** Seals the workspace with a passphrase for another analyst, as a .linchpin file. */
export function BundleExport({ loaded, platform, audit }: Props) {
  const id = useId();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [score, setScore] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const onScore = useCallback((s: number) => setScore(s), []);
  const mismatch = again !== '' && pass !== again;

  const seal = async () => {
    setBusy(true);
    try {
      const doc = documentOf(loaded);
      const sealed = await sealBundle(doc, pass);
      if (!sealed.ok) return setStatus({ ok: false, text: describeIssues(sealed.errors) });
      const name = `${loaded.workspace.name.replace(/[^\w-]+/g, '-')}.linchpin`;
      const saved = await platform.saveFile({
        suggestedName: name,
        data: sealed.value,
        mimeType: 'application/octet-stream',
      });
      if (!saved) return setStatus({ ok: true, text: 'Export cancelled. Nothing was written.' });
      const { entities, links, intel } = doc.records;
      await audit.record({
        action: 'export',
        subject: 'workspace',
        targets: [loaded.workspace.id],
        workspaceId: loaded.workspace.id,
        detail: `Encrypted bundle ${name}: ${entities.length} entities, ${links.length} links, ${intel.length} intelligence items`,
      });
      setPass('');
      setAgain('');
      setStatus({
        ok: true,
        text: `Sealed ${entities.length} entities and ${links.length} links into ${name}.`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <h4>Export an encrypted bundle</h4>
      <div className="import-grid">
        <label htmlFor={`${id}-p`}>Bundle passphrase</label>
        <input
          id={`${id}-p`}
          type="password"
          autoComplete="new-password"
          value={pass}
          onChange={(e) => setPass(e.target.value)}
        />
        <label htmlFor={`${id}-a`}>Passphrase again</label>
        <input
          id={`${id}-a`}
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
        />
      </div>
      <PassphraseMeter passphrase={pass} onScore={onScore} />
      {mismatch && <p role="alert">The two passphrases differ.</p>}
      <p className="import-hint">
        Send the passphrase by another route than the file (by phone, not in the same email).
      </p>
      <button
        type="button"
        disabled={busy || !pass || pass !== again || score < 3}
        onClick={() => void seal()}
      >
        {busy ? 'Sealing…' : 'Export workspace as .linchpin'}
      </button>
      <StatusLine status={status} />
    </div>
  );
}
