/**
 * The native application menu. Commands that belong to the app (new/open/save plan, export,
 * undo/redo, tour, about) are sent to the page as MENU_COMMANDS; clipboard, zoom and full screen
 * use Electron's built-in roles. Labels come from shared/i18n/menu.ts, and the menu is rebuilt
 * when the page changes language.
 *
 * Undo/Redo are app commands rather than the `undo`/`redo` roles because the plan has its own
 * history; the page decides whether a text field or the plan should undo.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc-contract';
import { MENU_LABELS } from '../../shared/i18n/menu';
import type { Language } from '../../shared/model/enums';

export interface MenuContext {
  language: Language;
  /** Developer tools only in an unpackaged (development) build. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  sendCommand(command: MenuCommand): void;
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[context.language];
  const isMac = context.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => context.sendCommand(name),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Måltid',
          submenu: [
            command(t.about, 'about'),
            { type: 'separator' },
            { role: 'services', label: t.services },
            { type: 'separator' },
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.showAll },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.newPlan, 'new-plan', 'CmdOrCtrl+N'),
      command(t.openPlan, 'open-plan', 'CmdOrCtrl+O'),
      command(t.savePlanAs, 'save-plan', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command(t.exportReport, 'export-report', 'CmdOrCtrl+P'),
      // On macOS Quit lives in the app menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      command(t.undo, 'undo', 'CmdOrCtrl+Z'),
      command(t.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.toggleFullScreen },
      ...(context.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools', label: t.toggleDevTools } as const]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'windowMenu', label: t.window, submenu: [{ role: 'minimize', label: t.minimize }] }]
    : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [command(t.guidedTour, 'tour'), ...(isMac ? [] : [command(t.about, 'about')])],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}

export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
