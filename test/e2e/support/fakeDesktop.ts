import type { BrowserContext } from '@playwright/test';

/**
 * A stand-in for the desktop shell's preload bridge (window.maltid), so that the renderer's
 * desktop-only paths (backups on disk) run in Chromium where the Electron runtime is absent. It
 * keeps backups in memory the way main does (the newest ten) and answers like main: { ok, value }.
 * A request to close the window again (closeWindow) is counted in window.__closeRequests.
 */
export async function installFakeDesktop(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const backups = new Map();
      let n = 0;
      const ok = (value) => Promise.resolve({ ok: true, value });
      window.__fakeBackups = backups;
      window.__closeRequests = 0;
      window.maltid = {
        saveFile: () => ok({ fileName: 'saved' }),
        openFile: () => ok(null),
        printToPdf: () => ok({ fileName: 'report.pdf' }),
        appInfo: () => ok({ version: 'test', platform: 'linux', shell: 'desktop' }),
        setLanguage: () => ok(null),
        writeBackup: ({ workspaceId, data }) => {
          const list = backups.get(workspaceId) || [];
          const createdAt = new Date(Date.now() + n * 1000).toISOString();
          const entry = { workspaceId, fileName: 'backup-' + String(++n).padStart(4, '0') + '.maltid', createdAt, size: data.length };
          list.unshift({ entry, data: new Uint8Array(data) });
          backups.set(workspaceId, list.slice(0, 10));
          return ok(entry);
        },
        listBackups: (workspaceId) => ok((backups.get(workspaceId) || []).map((b) => b.entry)),
        readBackup: ({ workspaceId, fileName }) => {
          const b = (backups.get(workspaceId) || []).find((x) => x.entry.fileName === fileName);
          return Promise.resolve(b ? { ok: true, value: b.data } : { ok: false, error: 'readFailed' });
        },
        closeWindow: () => {
          window.__closeRequests += 1;
          return ok(null);
        },
        onMenuCommand: () => () => {},
        onFileOpened: () => () => {},
      };
    })();`,
  });
}
