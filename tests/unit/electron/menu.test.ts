import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuOptions } from '../../../electron/menu';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const { buildMenuTemplate, installApplicationMenu } = await import('../../../electron/menu');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function menu(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn();
  const template = buildMenuTemplate({
    appName: 'Linchpin',
    isMac: false,
    packaged: true,
    send,
    ...overrides,
  });
  const items = flatten(template);
  const byLabel = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (!item) throw new Error(`no menu item ${label}`);
    return item;
  };
  return { template, items, byLabel, send };
}

describe('electron/menu', () => {
  it('has File, Edit, View and Help with the agreed shortcuts', () => {
    const { template, byLabel } = menu();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(byLabel('New workspace').accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Open file…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Lock vault').accelerator).toBe('CmdOrCtrl+L');
    expect(byLabel('Print / Export PDF…').accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel('Find…').accelerator).toBe('CmdOrCtrl+K');
    expect(byLabel('Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Quit').role).toBe('quit');
  });

  it('sends a typed command to the renderer when a workspace item is chosen', () => {
    const { byLabel, send } = menu();
    const click = (label: string) => (byLabel(label).click as () => void)();
    click('New workspace');
    click('Lock vault');
    click('Print / Export PDF…');
    click('Find…');
    click('Redo');
    expect(send.mock.calls).toEqual([['new-workspace'], ['lock'], ['print'], ['find'], ['redo']]);
  });

  it('keeps native clipboard roles for text fields', () => {
    const roles = menu().items.map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('has no developer tools or reload in a packaged build, and has them in development', () => {
    const packagedRoles = menu({ packaged: true }).items.map((i) => i.role);
    expect(packagedRoles).not.toContain('toggleDevTools');
    expect(packagedRoles).not.toContain('reload');
    expect(menu({ packaged: false }).items.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('puts Quit in the application menu on macOS', () => {
    const { template } = menu({ isMac: true });
    expect(template[0]?.label).toBe('Linchpin');
    const file = template.find((m) => m.label === 'File');
    expect(flatten([file as MenuItemConstructorOptions]).map((i) => i.role)).not.toContain('quit');
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu({
      appName: 'Linchpin',
      isMac: false,
      packaged: true,
      send: () => undefined,
    });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(
      fake.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
