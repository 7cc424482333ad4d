import { toGraph } from '../../../../shared/graph';
import type { WorkspaceGraph } from '../../../../shared/graph';
import { buildDemoWorkspace } from '../../../../shared/demo';
import type { DemoWorkspace } from '../../../../shared/demo';

/** The bundled demo and its graph, for filter tests that check results against the raw records. */
export function demo(): { data: DemoWorkspace; graph: WorkspaceGraph } {
  const data = buildDemoWorkspace();
  return { data, graph: toGraph(data.entities, data.links) };
}
