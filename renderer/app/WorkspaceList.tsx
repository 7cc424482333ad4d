import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import type { Workspace } from '../../shared/model';
import type { Command, Session } from '../store';
import { createWorkspace, deleteWorkspace, renameWorkspace } from '../store/commands';
import { reverseOf, type StoreCommand } from '../store/commands/types';
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
  // The last deletion, offered back until another change to the list.
  const [deleted, setDeleted] = useState<{ name: string; command: StoreCommand }>();
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
    setDeleted(undefined);
    if (await attempt(() => run(createWorkspace({ name: newName })))) setNewName('');
  }

  async function rename(e: FormEvent) {
    e.preventDefault();
    if (!renaming) return;
    if (await attempt(() => run(renameWorkspace(renaming.id, renaming.name))))
      setRenaming(undefined);
  }

  async function remove(target: Workspace) {
    setDeleted(undefined);
    const command = deleteWorkspace(target.id);
    if (await attempt(() => run(command))) setDeleted({ name: target.name, command });
  }

  async function restore() {
    if (!deleted) return;
    const { name, command } = deleted;
    if (await attempt(() => run(reverseOf(command, `restore workspace ${name}`))))
      setDeleted(undefined);
  }

  return (
    <section className="workspace-list" aria-labelledby="ws-heading">
      <h1 id="ws-heading">Workspaces</h1>
      {deleted ? (
        <p className="notice" role="status">
          Deleted {deleted.name}.{' '}
          <button type="button" onClick={() => void restore()}>
            Restore {deleted.name}
          </button>
        </p>
      ) : null}
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
            void remove(target);
          }}
        >
          Its map, intelligence items, links and partnership records will be removed from the vault.
          You can restore it from this screen straight afterwards; the deletion and any restore are
          recorded in the audit log.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
