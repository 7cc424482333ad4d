import { DEMO_WORKSPACE_ID_PLACEHOLDER, buildDemoWorkspace, withFreshIds } from '../../shared/demo';
import { newId } from '../../shared/model';
import type { Session } from '../store';
import { createWorkspaceWithRecords, type IncomingRecords } from '../store/commands';

/**
 * Adds the bundled fictional demo as a new workspace, in one all-or-nothing command. Its records
 * get fresh random ids, so no two installs share them (ids are the only clear values on disk).
 */
export async function loadDemoWorkspace(session: Session): Promise<string> {
  const demo = withFreshIds(buildDemoWorkspace(), DEMO_WORKSPACE_ID_PLACEHOLDER, newId);
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
