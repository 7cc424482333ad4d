import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Command, Session } from '../store';
import type { Platform } from '../platform';
import { AuditViewer } from './AuditViewer';
import { QuarantineBanner } from './QuarantineBanner';
import { SettingsPanel } from './SettingsPanel';
import { UndoBar } from './UndoBar';
import { NEW_WORKSPACE_FIELD, WorkspaceList } from './WorkspaceList';
import { useSessionVersion } from './useSessionVersion';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { loadDemoWorkspace } from './loadDemo';
import { rememberWorkspace } from './lastWorkspace';

const WorkspaceView = lazy(() => import('./WorkspaceView'));

type View =
  { kind: 'list' } | { kind: 'workspace'; id: string } | { kind: 'audit' } | { kind: 'settings' };

export function Home({
  session,
  platform,
  initialWorkspaceId,
  onLock,
}: {
  session: Session;
  platform: Platform;
  initialWorkspaceId: string | undefined;
  onLock: () => void;
}) {
  useSessionVersion(session);
  const [view, setView] = useState<View>(
    initialWorkspaceId ? { kind: 'workspace', id: initialWorkspaceId } : { kind: 'list' },
  );
  const [error, setError] = useState<string>();

  const run = useCallback(
    async (command: Command) => {
      setError(undefined);
      await session.history.execute(command);
    },
    [session],
  );

  const openWorkspace = useCallback(
    async (id: string) => {
      setError(undefined);
      try {
        await session.openWorkspace(id);
        rememberWorkspace(id);
        setView({ kind: 'workspace', id });
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [session],
  );

  const openDemo = useCallback(async () => {
    try {
      await openWorkspace(await loadDemoWorkspace(session));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [session, openWorkspace]);

  const shortcuts = useMemo(
    () => ({
      onLock,
      onNewWorkspace: () => {
        setView({ kind: 'list' });
        // After the list renders, put the cursor in the name field.
        requestAnimationFrame(() => document.getElementById(NEW_WORKSPACE_FIELD)?.focus());
      },
    }),
    [onLock],
  );
  useGlobalShortcuts(session, platform, shortcuts);

  const current = session.current();
  const showing =
    view.kind === 'workspace' && current?.workspace.id === view.id ? current : undefined;

  return (
    <div className="app-shell">
      <header className="top-bar">
        <span className="brand" aria-label="Linchpin">
          Linchpin
        </span>
        <nav aria-label="Main">
          <button
            type="button"
            onClick={() => setView({ kind: 'list' })}
            aria-current={view.kind === 'list' ? 'page' : undefined}
          >
            Workspaces
          </button>
          <button
            type="button"
            onClick={() => setView({ kind: 'audit' })}
            aria-current={view.kind === 'audit' ? 'page' : undefined}
          >
            Audit log
          </button>
          <button
            type="button"
            onClick={() => setView({ kind: 'settings' })}
            aria-current={view.kind === 'settings' ? 'page' : undefined}
          >
            Settings
          </button>
        </nav>
        <span className="user">Signed in as {session.settings.userName}</span>
        <button
          type="button"
          className="lock-button"
          onClick={onLock}
          title="Lock the vault (Ctrl+L)"
        >
          Lock
        </button>
      </header>
      {error ? (
        <p className="error banner" role="alert">
          {error}
        </p>
      ) : null}
      <main className="content">
        {view.kind === 'list' ? <QuarantineBanner /> : null}
        {view.kind === 'list' ? (
          <WorkspaceList
            session={session}
            onOpen={(id) => void openWorkspace(id)}
            onOpenDemo={() => void openDemo()}
            run={run}
          />
        ) : null}
        {view.kind === 'audit' ? <AuditViewer session={session} platform={platform} /> : null}
        {view.kind === 'settings' ? <SettingsPanel session={session} /> : null}
        {view.kind === 'workspace' ? (
          showing ? (
            <Suspense fallback={<p aria-busy="true">Drawing the workspace…</p>}>
              <WorkspaceView
                loaded={showing}
                run={run}
                platform={platform}
                audit={session.audit}
                userName={session.settings.userName}
                twoPerson={session.settings.twoPerson}
              />
            </Suspense>
          ) : (
            <p role="status">
              This workspace is no longer open.{' '}
              <button type="button" onClick={() => setView({ kind: 'list' })}>
                Back to the workspaces
              </button>
            </p>
          )
        ) : null}
      </main>
      {/* Undo belongs to the open workspace: each has its own history. */}
      {showing ? <UndoBar session={session} /> : null}
    </div>
  );
}
