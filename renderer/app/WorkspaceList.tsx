import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import type { Workspace } from '../../shared/model';
import type { Command, Session } from '../store';
import { createWorkspace, deleteWorkspace, renameWorkspace } from '../store/commands';
import { ConfirmDialog } from './ConfirmDialog';
import { useSessionVersion } from './useSessionVersion';

export const NEW_WORKSPACE_FIELD = 'new-workspace-name';

export function WorkspaceList({
  session,
  onOpen,
  onOpenDemo,
  run,
}: {
  session: Session;
  onOpen: (id: string) => void;
  onOpenDemo: () => void;
  run: (command: Command) => Promise<void>;
}) {
  const version = useSessionVersion(session);
  const newNameId = NEW_WORKSPACE_FIELD;
  const [workspaces, setWorkspaces] = useState<Workspace[]>();
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string }>();
  const [deleting, setDeleting] = useState<Workspace>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    session
      .listWorkspaces()
      .then((list) => live && setWorkspaces(list))
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [session, version]);

  async function attempt(action: () => Promise<void>) {
    setError(undefined);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  async function create(e: FormEvent) {
    e.preventDefault();
    if (await attempt(() => run(createWorkspace({ name: newName })))) setNewName('');
  }

  async function rename(e: FormEvent) {
    e.preventDefault();
    if (!renaming) return;
    if (await attempt(() => run(renameWorkspace(renaming.id, renaming.name))))
      setRenaming(undefined);
  }

  return (
    <section className="workspace-list" aria-labelledby="ws-heading">
      <h1 id="ws-heading">Workspaces</h1>
      <p className="hint">Each workspace holds one operation: its map, intelligence and plans.</p>
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <label htmlFor={newNameId}>New workspace name</label>
        <input
          id={newNameId}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          placeholder="e.g. Operation Larkspur"
        />
        <button type="submit" className="primary">
          Create workspace
        </button>
        <button type="button" onClick={onOpenDemo}>
          Load the fictional demo workspace
        </button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {!workspaces ? (
        <p aria-busy="true">Reading workspaces…</p>
      ) : workspaces.length === 0 ? (
        <p>No workspaces yet. Create one, or load the fictional demo to explore.</p>
      ) : (
        <ul className="cards" aria-label="Workspaces in this vault">
          {workspaces.map((w) => (
            <li key={w.id} className="card">
              {renaming?.id === w.id ? (
                <form onSubmit={(e) => void rename(e)} className="inline-form">
                  <label htmlFor={`rename-${w.id}`}>New name for {w.name}</label>
                  <input
                    id={`rename-${w.id}`}
                    value={renaming.name}
                    autoFocus
                    onChange={(e) => setRenaming({ id: w.id, name: e.target.value })}
                    onKeyDown={(e) => e.key === 'Escape' && setRenaming(undefined)}
                  />
                  <button type="submit" className="primary">
                    Save name
                  </button>
                  <button type="button" onClick={() => setRenaming(undefined)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <h2>{w.name}</h2>
                  <p className="marking-chip">{w.classification}</p>
                  {w.fictional ? (
                    <p className="fictional-chip">Fictional demonstration data</p>
                  ) : null}
                  {w.description ? <p className="description">{w.description}</p> : null}
                  <div className="card-actions">
                    <button
                      type="button"
                      className="primary"
                      onClick={() => onOpen(w.id)}
                      aria-label={`Open ${w.name}`}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      onClick={() => setRenaming({ id: w.id, name: w.name })}
                      aria-label={`Rename ${w.name}`}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => setDeleting(w)}
                      aria-label={`Delete ${w.name}`}
                    >
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel="Delete workspace"
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => {
            const target = deleting;
            setDeleting(undefined);
            void attempt(() => run(deleteWorkspace(target.id)));
          }}
        >
          Its map, intelligence items and links will be removed from the vault. You can undo this
          straight away with Undo (Ctrl+Z); the deletion is recorded in the audit log.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
