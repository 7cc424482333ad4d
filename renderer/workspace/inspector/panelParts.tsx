import type { ReactNode } from 'react';
import { useState } from 'react';

export function PanelActions(props: {
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
  extra?: ReactNode;
}) {
  if (props.editing) return null;
  return (
    <div className="panel-actions">
      <button type="button" onClick={props.onEdit}>
        Edit
      </button>
      {props.extra}
      <button type="button" className="danger" onClick={props.onDelete}>
        Delete
      </button>
    </div>
  );
}

/** Runs a command and keeps its refusal, in the store's own words, for display. */
export function useFailure() {
  const [failure, setFailure] = useState<string>();
  const run = async (work: Promise<void>) => {
    setFailure(undefined);
    try {
      await work;
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return { failure, run };
}
