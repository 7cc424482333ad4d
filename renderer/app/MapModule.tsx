import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import type { WorkspaceModuleProps } from './moduleProps';

/** The association map: the graph workspace screen, with its exports saved through the platform and audited. */
export function MapModule({ loaded, run, today }: WorkspaceModuleProps) {
  return <WorkspaceScreen loaded={loaded} onCommand={run} today={today} />;
}
