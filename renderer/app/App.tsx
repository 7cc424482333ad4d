import { useCallback, useEffect, useState } from 'react';
import type { Platform } from '../platform';
import type { Session, VaultService } from '../store';
import { CreateVault } from './CreateVault';
import { Home } from './Home';
import { UnlockVault } from './UnlockVault';
import { useAutoLock } from './useAutoLock';

type Phase =
  | { kind: 'loading' }
  | { kind: 'create' }
  | { kind: 'unlock'; notice?: string; reopen?: string }
  | { kind: 'open'; session: Session; workspaceId?: string };

const LOCK_NOTICES = {
  user: 'The vault is locked.',
  idle: 'The vault locked itself after a period of inactivity.',
  suspend: 'The vault locked because the computer went to sleep.',
  'screen-lock': 'The vault locked because the screen was locked.',
} as const;

export function App({ platform, vault }: { platform: Platform; vault: VaultService }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [fatal, setFatal] = useState<string>();

  useEffect(() => {
    vault
      .info()
      .then((info) => setPhase(info.exists ? { kind: 'unlock' } : { kind: 'create' }))
      .catch((e: unknown) => setFatal(`The vault could not be read: ${String(e)}`));
  }, [vault]);

  const session = phase.kind === 'open' ? phase.session : undefined;

  const lock = useCallback(
    async (reason: keyof typeof LOCK_NOTICES) => {
      if (!session || session.locked) return;
      // Unlocking again returns to the workspace that was open; the id stays in memory only.
      const reopen = session.current()?.workspace.id;
      await session.lock(reason);
      setPhase({ kind: 'unlock', notice: LOCK_NOTICES[reason], ...(reopen ? { reopen } : {}) });
    },
    [session],
  );

  useEffect(() => platform.onLock((reason) => void lock(reason)), [platform, lock]);
  useAutoLock(session, () => void lock('idle'));

  if (fatal)
    return (
      <main className="centre-card" role="alert">
        {fatal}
      </main>
    );
  switch (phase.kind) {
    case 'loading':
      return (
        <main className="centre-card" aria-busy="true">
          Opening Linchpin…
        </main>
      );
    case 'create':
      return (
        <CreateVault
          vault={vault}
          onCreated={(s, workspaceId) => setPhase({ kind: 'open', session: s, workspaceId })}
        />
      );
    case 'unlock':
      return (
        <UnlockVault
          vault={vault}
          notice={phase.notice}
          onUnlocked={(s) => {
            const reopen = phase.reopen;
            if (!reopen) return setPhase({ kind: 'open', session: s });
            // A workspace deleted or unreadable meanwhile just leaves the list showing.
            void s.openWorkspace(reopen).then(
              () => setPhase({ kind: 'open', session: s, workspaceId: reopen }),
              () => setPhase({ kind: 'open', session: s }),
            );
          }}
        />
      );
    case 'open':
      return (
        <Home
          session={phase.session}
          platform={platform}
          initialWorkspaceId={phase.workspaceId}
          onLock={() => void lock('user')}
        />
      );
  }
}
