/** The web shell: the browser build that IT departments can host, and the fallback of npm start. */
import type { Platform, PickedFile, SaveRequest } from './types';

declare const __APP_VERSION__: string;

function download({ suggestedName, mimeType, data }: SaveRequest): void {
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(extensions: string[]): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file.arrayBuffer().then((buf) => resolve({ name: file.name, data: new Uint8Array(buf) }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}

export function createWebPlatform(): Platform {
  const fileListeners = new Set<(file: PickedFile) => void>();
  return {
    shell: 'web',
    saveFile(request) {
      download(request);
      return Promise.resolve('saved');
    },
    openFile(request) {
      return pickFile(request.extensions);
    },
    printReport() {
      window.print();
      return Promise.resolve('saved');
    },
    appVersion() {
      return Promise.resolve(typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0');
    },
    setLanguage() {
      // The browser has no native menu to translate.
    },
    backups: null,
    onMenuCommand() {
      return () => undefined;
    },
    onFileOpened(listener) {
      fileListeners.add(listener);
      return () => fileListeners.delete(listener);
    },
    closeWindow: null,
  };
}
