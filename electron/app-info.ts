import type { App } from 'electron';
import type { AppInfo } from '../shared/ipc/contract';

export function appInfo(app: Pick<App, 'getName' | 'getVersion' | 'isPackaged'>): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    arch: process.arch,
    electronVersion: process.versions.electron ?? 'unknown',
    chromeVersion: process.versions.chrome ?? 'unknown',
    packaged: app.isPackaged,
  };
}
