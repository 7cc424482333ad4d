import type { Command, LoadedWorkspace } from '../store';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';

/** The open workspace with its classification marking top and bottom, and the fictional notice. */
export default function WorkspaceView({
  loaded,
  run,
}: {
  loaded: LoadedWorkspace;
  run: (command: Command) => Promise<void>;
}) {
  const { workspace } = loaded;
  return (
    <section className="workspace-view" aria-label={`Workspace ${workspace.name}`}>
      <p className="marking" aria-label={`Classification: ${workspace.classification}`}>
        {workspace.classification}
      </p>
      <div className="workspace-heading">
        <h1>{workspace.name}</h1>
        <span className="counts">
          {loaded.entities.size} entities · {loaded.links.size} links · {loaded.intel.size}{' '}
          intelligence items
        </span>
      </div>
      {workspace.fictional ? (
        <p className="fictional-banner" role="note">
          Fictional demonstration data: every person, place, phone number, vehicle and event in this
          workspace is invented.
        </p>
      ) : null}
      <WorkspaceScreen loaded={loaded} onCommand={run} />
      <p className="marking" aria-hidden="true">
        {workspace.classification}
      </p>
    </section>
  );
}
