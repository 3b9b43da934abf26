/** The desktop shell: every call goes through the preload bridge (window.maltid) to main. */
import type { DesktopBridge, IpcResult } from '../../../shared/ipc-contract';
import type { Platform } from './types';
import { PlatformError } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error);
}

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    shell: 'desktop',
    async saveFile({ suggestedName, typeName, extensions, data }) {
      const saved = unwrap(await bridge.saveFile({ suggestedName, filters: [{ name: typeName, extensions }], data }));
      return saved ? 'saved' : 'cancelled';
    },
    async openFile({ typeName, extensions }) {
      return unwrap(await bridge.openFile({ filters: [{ name: typeName, extensions }] }));
    },
    async printReport(suggestedName) {
      const saved = unwrap(await bridge.printToPdf({ suggestedName }));
      return saved ? 'saved' : 'cancelled';
    },
    async appVersion() {
      return unwrap(await bridge.appInfo()).version;
    },
    setLanguage(language) {
      void bridge.setLanguage(language);
    },
    backups: {
      async write(workspaceId, data) {
        return unwrap(await bridge.writeBackup({ workspaceId, data }));
      },
      async list(workspaceId) {
        return unwrap(await bridge.listBackups(workspaceId));
      },
      async read(workspaceId, fileName) {
        return unwrap(await bridge.readBackup({ workspaceId, fileName }));
      },
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
    onFileOpened(listener) {
      return bridge.onFileOpened(listener);
    },
    closeWindow() {
      void bridge.closeWindow();
    },
  };
}
