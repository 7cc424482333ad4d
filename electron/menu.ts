import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandId } from '../shared/ipc/channels';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Packaged builds get no developer tools and no reload. */
  packaged: boolean;
  send: (id: MenuCommandId) => void;
}

/**
 * Items that act on the workspace send a command to the renderer, which binds the same keys itself;
 * Electron fires a menu accelerator only when the page did not handle the key, so nothing runs twice.
 * Clipboard items use roles so text fields keep native editing on every platform.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (
    label: string,
    id: MenuCommandId,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(id),
  });

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New workspace', 'new-workspace', 'CmdOrCtrl+N'),
      command('Open file…', 'open-file', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Lock vault', 'lock', 'CmdOrCtrl+L'),
      command('Print / Export PDF…', 'print', 'CmdOrCtrl+P'),
      ...(options.isMac
        ? []
        : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+K'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.packaged
        ? []
        : [
            { type: 'separator' } as const,
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
          ]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${options.appName}` }],
  };
  const macApp: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [...(options.isMac ? [macApp] : []), file, edit, view, help];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
