import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../shared/ipc-contract';
import { MENU_LABELS, menuLanguageFromLocale } from '../../shared/i18n/menu';
import { LANGUAGES } from '../../shared/model/enums';
import { buildMenuTemplate, installApplicationMenu, type MenuContext } from '../../electron/main/menu';
import type { ElectronMock } from './electron-mock';

const mocked: ElectronMock = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
vi.mock('electron', () => mocked);

beforeEach(() => vi.clearAllMocks());

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return { language: 'en', isPackaged: true, platform: 'linux', sendCommand: vi.fn(), ...overrides };
}

/** Every item of a template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function item(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(template).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

function click(menuItem: MenuItemConstructorOptions): void {
  (menuItem.click as unknown as () => void)();
}

describe('labels', () => {
  const englishKeys = Object.keys(MENU_LABELS.en).sort();

  it.each(LANGUAGES)('%s has every label, none empty', (language) => {
    const labels = MENU_LABELS[language] as unknown as Record<string, unknown>;
    expect(Object.keys(labels).sort()).toEqual(englishKeys);
    for (const key of englishKeys) {
      expect(typeof labels[key], `${language}.${key}`).toBe('string');
      expect((labels[key] as string).trim(), `${language}.${key}`).not.toBe('');
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is actually translated (most labels differ from English)', (language) => {
    const labels = MENU_LABELS[language] as unknown as Record<string, string>;
    const en = MENU_LABELS.en as unknown as Record<string, string>;
    const same = englishKeys.filter((key) => labels[key] === en[key]);
    expect(same.length).toBeLessThan(englishKeys.length / 4);
  });

  it.each([
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['da-DK', 'da'],
    ['da', 'da'],
    ['fi-FI', 'fi'],
    ['fi', 'fi'],
    ['en-US', 'en'],
    ['nb-NO', 'en'],
    ['de', 'en'],
    ['', 'en'],
    ['SV_se', 'sv'],
  ])('the OS locale %j gives the menu language %s', (locale, language) => {
    expect(menuLanguageFromLocale(locale)).toBe(language);
  });
});

describe('menu template', () => {
  it.each(LANGUAGES)('has File, Edit, View and Help in %s, labelled from the table', (language) => {
    const t = MENU_LABELS[language];
    const template = buildMenuTemplate(context({ language }));
    expect(template.map((m) => m.label)).toEqual([t.file, t.edit, t.view, t.help]);
    for (const label of [t.newPlan, t.openPlan, t.savePlanAs, t.exportReport, t.quit, t.undo, t.redo, t.cut, t.copy, t.paste, t.selectAll, t.zoomIn, t.zoomOut, t.resetZoom, t.toggleFullScreen, t.guidedTour, t.about]) {
      expect(() => item(template, label)).not.toThrow();
    }
    for (const entry of flatten(template)) {
      if (entry.type !== 'separator') expect(entry.label, JSON.stringify(entry.role)).toBeTruthy();
    }
  });

  it('sends the app commands to the page', () => {
    const sendCommand = vi.fn((_command: string) => undefined);
    const template = buildMenuTemplate(context({ sendCommand }));
    const t = MENU_LABELS.en;
    const expected: [string, string][] = [
      [t.newPlan, 'new-plan'],
      [t.openPlan, 'open-plan'],
      [t.savePlanAs, 'save-plan'],
      [t.exportReport, 'export-report'],
      [t.undo, 'undo'],
      [t.redo, 'redo'],
      [t.guidedTour, 'tour'],
      [t.about, 'about'],
    ];
    for (const [label] of expected) click(item(template, label));
    expect(sendCommand.mock.calls.map((c) => c[0])).toEqual(expected.map(([, command]) => command));
    for (const [, command] of expected) expect(MENU_COMMANDS).toContain(command);
  });

  it('binds Undo and Redo to CmdOrCtrl+Z and CmdOrCtrl+Shift+Z', () => {
    const template = buildMenuTemplate(context());
    expect(item(template, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(template, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('uses roles for clipboard, zoom, full screen and quit', () => {
    const roles = flatten(buildMenuTemplate(context())).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']));
  });

  it('offers developer tools only when not packaged', () => {
    const packaged = flatten(buildMenuTemplate(context({ isPackaged: true })));
    const development = flatten(buildMenuTemplate(context({ isPackaged: false })));
    expect(packaged.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(development.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('follows macOS conventions: an app menu with About and Quit, and a Window menu', () => {
    const template = buildMenuTemplate(context({ platform: 'darwin', language: 'sv' }));
    const t = MENU_LABELS.sv;
    expect(template.map((m) => m.label)).toEqual(['Måltid', t.file, t.edit, t.view, t.window, t.help]);
    const roles = flatten(template.slice(0, 1)).map((i) => i.role);
    expect(roles).toContain('quit');
    expect(flatten([template[1] as MenuItemConstructorOptions]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('installs the menu built from the template (and rebuilds it for a new language)', () => {
    installApplicationMenu(context({ language: 'fi' }));
    installApplicationMenu(context({ language: 'da' }));
    expect(mocked.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    const last = mocked.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    expect(last[0]?.label).toBe(MENU_LABELS.da.file);
  });
});
