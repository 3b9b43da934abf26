/**
 * Måltid's main process: lifecycle and composition only. Policy lives in the modules it wires:
 * security.ts (window and session hardening), protocol.ts (app://maltid), ipc.ts (the bridge's
 * main side), files.ts / print.ts / backups.ts (what the bridge can do), menu.ts, plan-files.ts,
 * close-requests.ts (a close the page holds back until its last edit is saved).
 *
 * Order matters at start-up: the app's name and data folder are pinned before anything reads
 * them, and the scheme is registered as privileged and the security hooks installed before the
 * app is ready and before any webContents exists.
 */
import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { IPC_EVENTS, type MenuCommand, type OpenedFile } from '../../shared/ipc-contract';
import { menuLanguageFromLocale } from '../../shared/i18n/menu';
import { pinAppIdentity } from './app-identity';
import { createBackupStore } from './backups';
import { createCloseRequests } from './close-requests';
import { openFile, readChosenFile, saveFile, type FileContext } from './files';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { osFileSystemPort } from './os-file-port';
import { createPlanFileDelivery, planFileFromArgv, PLAN_FILE_EXTENSION } from './plan-files';
import { printToPdf } from './print';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { hardenSession, installSecurityHooks } from './security';
import { trustDevServer } from './trusted-origin';
import { currentLabels, currentLanguage, setCurrentLanguage } from './ui-language';
import { APP_START_URL, createMainWindow, focusWindow } from './window';

/** Must match electron-builder.yml's appId (Windows groups taskbar entries and notifications by it). */
const APP_USER_MODEL_ID = 'se.maltid.app';

pinAppIdentity();
registerAppSchemeAsPrivileged();
installSecurityHooks();

// electron-vite dev serves the renderer from Vite on loopback; only an unpackaged app trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
trustDevServer(devServerUrl);

if (!app.requestSingleInstanceLock()) {
  // Another Måltid is running: it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  // A close or quit the page holds back while it saves is redone when the page asks (close-requests.ts).
  const closeRequests = createCloseRequests();

  const fileContext = (window: BrowserWindow | null): FileContext => ({
    port: osFileSystemPort(window),
    defaultFolder: app.getPath('documents'),
    labels: currentLabels(),
  });

  const sendToPage = (channel: string, payload: MenuCommand | OpenedFile): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
  };

  const planFiles = createPlanFileDelivery(
    async (path) => {
      if (!path.toLowerCase().endsWith(`.${PLAN_FILE_EXTENSION}`)) return null;
      const result = await readChosenFile(path, osFileSystemPort(null));
      return result.ok ? result.value : null;
    },
    (file) => sendToPage(IPC_EVENTS.fileOpened, file),
  );

  const rebuildMenu = (): void =>
    installApplicationMenu({
      language: currentLanguage(),
      isPackaged: app.isPackaged,
      platform: process.platform,
      sendCommand: (command) => sendToPage(IPC_EVENTS.menuCommand, command),
    });

  const openWindow = (): void => {
    const window = createMainWindow(devServerUrl ?? APP_START_URL);
    closeRequests.track(window);
    window.webContents.on('did-finish-load', () => planFiles.pageReady());
    window.on('closed', () => {
      mainWindow = null;
      planFiles.pageGone();
    });
    mainWindow = window;
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = planFileFromArgv(argv, workingDirectory);
    if (path) planFiles.enqueue(path);
    if (mainWindow) focusWindow(mainWindow);
    else if (app.isReady()) openWindow();
  });

  // macOS delivers double-clicked files as events, possibly before 'ready'.
  app.on('will-finish-launching', () => {
    app.on('open-file', (event, path) => {
      event.preventDefault();
      planFiles.enqueue(path);
      if (app.isReady() && !mainWindow) openWindow();
    });
  });

  const fromCommandLine = planFileFromArgv(process.argv, process.cwd());
  if (fromCommandLine) planFiles.enqueue(fromCommandLine);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
    hardenSession(session.defaultSession);
    registerAppProtocol();

    const backups = createBackupStore(join(app.getPath('userData'), 'backups'));
    const windowOf = (sender: Electron.WebContents) => BrowserWindow.fromWebContents(sender);
    registerIpcHandlers({
      saveFile: (sender, request) => saveFile(request, fileContext(windowOf(sender))),
      openFile: (sender, request) => openFile(request, fileContext(windowOf(sender))),
      printToPdf: (sender, request) => printToPdf(sender, request, fileContext(windowOf(sender))),
      appInfo: () => ({ version: app.getVersion(), platform: process.platform, shell: 'desktop' }),
      setLanguage: (language) => {
        setCurrentLanguage(language);
        rebuildMenu();
      },
      writeBackup: (request) => backups.write(request.workspaceId, request.data),
      listBackups: (workspaceId) => backups.list(workspaceId),
      readBackup: (request) => backups.read(request.workspaceId, request.fileName),
      closeWindow: (sender) => closeRequests.closeAgain(windowOf(sender)),
    });

    setCurrentLanguage(menuLanguageFromLocale(app.getLocale()));
    rebuildMenu();
    openWindow();
  });
}
