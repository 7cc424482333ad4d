import { useId, useState } from 'react';
import {
  diffBundle,
  readBundleHeader,
  type BundleDiff,
  type BundleHeader,
  type FormatIssue,
} from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { openBundleOffThread } from './bundle/openBundleOffThread';
import { ChangeChoices } from './ChangeChoices';
import { changeRows, mergeBundleCommand, type Choice } from './bundleMerge';
import { IssueList } from './IssueList';
import { StatusLine } from './useImportRun';
import { recordsOf } from './workspaceRecords';

type Props = Pick<WorkspaceModuleProps, 'loaded' | 'run' | 'platform'>;

/** Opens a .linchpin bundle: header first, then the passphrase, then what would change, then merge. */
export function BundleImport({ loaded, run, platform }: Props) {
  const id = useId();
  const [file, setFile] = useState<{
    name: string;
    bytes: Uint8Array;
    header: BundleHeader;
  } | null>(null);
  const [pass, setPass] = useState('');
  const [diff, setDiff] = useState<BundleDiff | null>(null);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = async () => {
    const picked = await platform.openFile({
      title: 'Choose a Linchpin bundle',
      filters: [{ name: 'Linchpin bundle', extensions: ['linchpin'] }],
    });
    if (!picked) return;
    setDiff(null);
    setStatus(null);
    const header = readBundleHeader(picked.bytes);
    if (!header.ok) {
      setFile(null);
      return setIssues(header.errors);
    }
    setIssues([]);
    setFile({ ...picked, header: header.value });
  };

  const open = async () => {
    if (!file) return;
    setBusy(true);
    const opened = await openBundleOffThread(file.bytes, pass, loaded.workspace.id);
    setBusy(false);
    if (!opened.ok) return setIssues(opened.errors);
    setIssues([]);
    setPass('');
    setChoices(new Map());
    setDiff(diffBundle(recordsOf(loaded), opened.value.records));
  };

  const merge = async () => {
    if (!file || !diff) return;
    setBusy(true);
    try {
      // One command: the whole merge is one transaction and one undo step.
      const merge = mergeBundleCommand(loaded.workspace.id, diff, choices, `bundle ${file.name}`);
      if (merge) await run(merge.command);
      const n = merge?.changes ?? 0;
      setStatus({
        ok: true,
        text: `Merged ${file.name}: ${n} change${n === 1 ? '' : 's'} applied, as one step (undo takes it all back).`,
      });
      setDiff(null);
      setFile(null);
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const groups = diff
    ? ([
        ['Entities', diff.entities],
        ['Links', diff.links],
        ['Intelligence items', diff.intel],
      ] as const)
    : [];
  return (
    <div>
      <h4>Import an encrypted bundle</h4>
      <button type="button" onClick={() => void choose()}>
        Choose .linchpin bundle…
      </button>
      {file && !diff && (
        <>
          <p>
            {file.name} holds {file.header.summary.entities} entities, {file.header.summary.links}{' '}
            links and {file.header.summary.intel} intelligence items, sealed{' '}
            {file.header.createdAt.slice(0, 10)}.
          </p>
          <div className="import-row">
            <label htmlFor={`${id}-p`}>Passphrase for {file.name}</label>
            <input
              id={`${id}-p`}
              type="password"
              value={pass}
              onChange={(e) => setPass(e.target.value)}
            />
            <button type="button" disabled={!pass || busy} onClick={() => void open()}>
              {busy ? 'Opening…' : 'Open bundle'}
            </button>
          </div>
        </>
      )}
      <IssueList issues={issues} title="The bundle cannot be opened." />
      {diff && (
        <>
          <table className="import-table" aria-label="What the bundle would change">
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">New</th>
                <th scope="col">Changed</th>
                <th scope="col">In conflict</th>
                <th scope="col">Unchanged</th>
              </tr>
            </thead>
            <tbody>
              {groups.map(([name, g]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{g.new.length}</td>
                  <td>{g.changed.length}</td>
                  <td>{g.conflicts.length}</td>
                  <td>{g.unchanged.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ChangeChoices rows={changeRows(diff)} choices={choices} onChange={setChoices} />
          <button type="button" disabled={busy} onClick={() => void merge()}>
            Merge bundle
          </button>
        </>
      )}
      <StatusLine status={status} />
    </div>
  );
}
