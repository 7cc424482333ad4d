import { useCallback } from 'react';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import type { WorkspaceModuleProps } from './moduleProps';

type ChartFile = { suggestedName: string; data: Uint8Array | string; mimeType: string };

/** The association map: the graph workspace screen, with chart exports saved through the platform and audited. */
export function MapModule({ loaded, run, today, platform, audit }: WorkspaceModuleProps) {
  const workspaceId = loaded.workspace.id;
  const onExport = useCallback(
    async (file: ChartFile) => {
      const saved = await platform.saveFile(file);
      if (!saved) return;
      await audit.record({
        action: 'export',
        subject: 'chart',
        targets: [workspaceId],
        workspaceId,
        detail: `Chart exported as ${file.mimeType} (${file.suggestedName})`,
      });
    },
    [platform, audit, workspaceId],
  );
  return <WorkspaceScreen loaded={loaded} onCommand={run} today={today} onExport={onExport} />;
}
