import type { KeyboardEvent, ReactNode } from 'react';
import { useCallback, useState } from 'react';
import type { EntityKind } from '../../../shared/model';
import { exploitedByLinks, todayIso, victimAsOffender } from '../../../shared/model';
import type { Command, LoadedWorkspace } from '../../store/api';
import { createEntity, createLink } from '../../store/commands';
import type { SelectedIds } from '../canvas/ChartController';
import { CreateEntityDialog } from './CreateEntityDialog';
import { LinkDialog } from './LinkDialog';
import type { BulkChange } from './selectionCommands';
import { bulkCommands, deletionCommands, runAll } from './selectionCommands';

type Dialog =
  { type: 'entity'; kind: EntityKind } | { type: 'link'; source: string; target: string } | null;

/** Keys typed into a field are the field's; the chart's shortcuts only act elsewhere. */
function typingInField(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement;
  return (
    el.isContentEditable ||
    ['INPUT', 'SELECT', 'TEXTAREA', 'DIALOG'].includes(el.tagName) ||
    el.closest('dialog') !== null
  );
}

/**
 * Creating, linking, bulk editing and deleting, all as commands through `onCommand`, so undo,
 * redo and the audit log see each one. A refusal keeps the dialog and its answers on screen.
 */
export function useEditing(
  loaded: LoadedWorkspace,
  selected: SelectedIds,
  onCommand: (c: Command) => Promise<void>,
  /** The day ages are worked out against (who is a child). */
  today: string = todayIso(),
) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const workspaceId = loaded.workspace.id;
  const classification = loaded.workspace.classification;
  const close = useCallback(() => setDialog(null), []);

  const openCreate = useCallback((kind: EntityKind) => setDialog({ type: 'entity', kind }), []);
  const proposeLink = useCallback(
    (source: string, target: string) => setDialog({ type: 'link', source, target }),
    [],
  );

  const deleteSelection = useCallback(() => {
    const commands = deletionCommands(selected, loaded);
    if (commands.length === 0) return;
    setMessage(null);
    runAll(commands, onCommand).catch((e: unknown) =>
      setMessage(e instanceof Error ? e.message : String(e)),
    );
  }, [selected, loaded, onCommand]);

  const applyBulk = useCallback(
    (change: BulkChange) => runAll(bulkCommands(selected, loaded, change), onCommand),
    [selected, loaded, onCommand],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (dialog || typingInField(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'n') {
      event.preventDefault();
      openCreate('nominal');
    } else if (key === 'l') {
      event.preventDefault();
      const [a, b] = selected.entities;
      if (selected.entities.length === 2 && a && b) proposeLink(a, b);
      else setMessage('To link two entities, select exactly two (Shift+click) and press L.');
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      deleteSelection();
    }
  };

  const label = (id: string) =>
    loaded.entities.get(id)?.label ?? 'an entity no longer on the chart';
  let dialogNode: ReactNode = null;
  if (dialog?.type === 'entity') {
    dialogNode = (
      <CreateEntityDialog
        initialKind={dialog.kind}
        defaultClassification={classification}
        onCreate={(draft) => onCommand(createEntity(workspaceId, draft))}
        onClose={close}
      />
    );
  } else if (dialog?.type === 'link') {
    dialogNode = (
      <LinkDialog
        source={dialog.source}
        target={dialog.target}
        label={label}
        check={(link) =>
          victimAsOffender(link, loaded.entities, today, exploitedByLinks(loaded.links.values()))
        }
        defaultClassification={classification}
        onCreate={(draft) => onCommand(createLink(workspaceId, draft))}
        onClose={close}
      />
    );
  }
  return {
    dialog: dialogNode,
    message,
    clearMessage: () => setMessage(null),
    onKeyDown,
    openCreate,
    proposeLink,
    deleteSelection,
    applyBulk,
  };
}
