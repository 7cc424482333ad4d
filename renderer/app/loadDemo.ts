import { buildDemoWorkspace } from '../../shared/demo';
import type { Session } from '../store';
import { createWorkspaceWithRecords, type IncomingRecords } from '../store/commands';

/** Adds the bundled fictional demo as a new workspace, in one all-or-nothing command. */
export async function loadDemoWorkspace(session: Session): Promise<string> {
  const demo = buildDemoWorkspace();
  const command = createWorkspaceWithRecords(
    { ...demo.workspace, fictional: true },
    {
      entities: demo.entities,
      links: demo.links,
      intel: demo.intel,
      partnership: demo.partnership as unknown as IncomingRecords['partnership'],
    },
    'Bundled fictional demo workspace',
  );
  await session.history.execute(command);
  return command.id;
}
