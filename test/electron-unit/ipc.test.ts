import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE, MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';
import { registerIpcHandlers, type IpcServices } from '../../electron/main/ipc';
import { resetTrustedOrigins } from '../../electron/main/trusted-origin';
import type { ElectronMock } from './electron-mock';

const mocked: ElectronMock = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
vi.mock('electron', () => mocked);

type Channel = keyof typeof IPC_INVOKE;
type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeServices() {
  return {
    saveFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { fileName: 'a.pdf' } })),
    openFile: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    printToPdf: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    appInfo: vi.fn(() => ({ version: '0.1.0', platform: 'linux', shell: 'desktop' as const })),
    setLanguage: vi.fn(),
    writeBackup: vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { workspaceId: 'w', fileName: 'f', createdAt: '', size: 1 } }),
    ),
    listBackups: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
    readBackup: vi.fn(() => Promise.resolve({ ok: true as const, value: new Uint8Array(1) })),
    closeWindow: vi.fn(),
  } satisfies IpcServices;
}

let services: ReturnType<typeof fakeServices>;
let handlers: Map<string, Handler>;

beforeEach(() => {
  vi.clearAllMocks();
  resetTrustedOrigins();
  services = fakeServices();
  registerIpcHandlers(services);
  handlers = new Map(mocked.ipcMain.handle.mock.calls.map(([channel, handler]) => [channel, handler as Handler]));
});

const appFrame = { url: 'app://maltid/index.html', parent: null };
const goodEvent = { senderFrame: appFrame, sender: { id: 1 } };

function call(channel: Channel, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = handlers.get(IPC_INVOKE[channel]);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

/** One well-formed argument list per channel. */
const VALID_ARGS: Record<Channel, unknown[]> = {
  saveFile: [{ suggestedName: 'plan.maltid', filters: [{ name: 'Plan', extensions: ['maltid'] }], data: new Uint8Array([1, 2]) }],
  openFile: [{ filters: [{ name: 'Excel', extensions: ['xlsx', 'csv'] }] }],
  printToPdf: [{ suggestedName: 'Rapport 2026' }],
  appInfo: [],
  setLanguage: ['sv'],
  writeBackup: [{ workspaceId: 'ws-1', data: new Uint8Array([1]) }],
  listBackups: ['ws-1'],
  readBackup: [{ workspaceId: 'ws-1', fileName: 'backup-20260101T120000000Z.maltid' }],
  closeWindow: [],
};

const SERVICE_OF: Record<Channel, keyof IpcServices> = {
  saveFile: 'saveFile',
  openFile: 'openFile',
  printToPdf: 'printToPdf',
  appInfo: 'appInfo',
  setLanguage: 'setLanguage',
  writeBackup: 'writeBackup',
  listBackups: 'listBackups',
  readBackup: 'readBackup',
  closeWindow: 'closeWindow',
};

const CHANNELS = Object.keys(IPC_INVOKE) as Channel[];

describe('registration', () => {
  it('registers exactly the contract channels, each once', () => {
    const registered = mocked.ipcMain.handle.mock.calls.map((c) => c[0]).sort();
    expect(registered).toEqual(Object.values(IPC_INVOKE).sort());
  });

  it.each(CHANNELS)('%s works for the app page with well-formed arguments', async (channel) => {
    const result = (await call(channel, goodEvent, ...VALID_ARGS[channel])) as { ok: boolean };
    expect(result.ok).toBe(true);
    expect(services[SERVICE_OF[channel]]).toHaveBeenCalledTimes(1);
  });
});

describe('sender checks', () => {
  const badEvents: [string, unknown][] = [
    ['no frame', { senderFrame: null, sender: {} }],
    ['a missing senderFrame property', { sender: {} }],
    ['a subframe of the app', { senderFrame: { url: 'app://maltid/index.html', parent: appFrame }, sender: {} }],
    ['a remote origin', { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} }],
    ['the web build origin', { senderFrame: { url: 'http://127.0.0.1:5179/', parent: null }, sender: {} }],
    ['another app:// host', { senderFrame: { url: 'app://other/index.html', parent: null }, sender: {} }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html', parent: null }, sender: {} }],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null }, sender: {} }],
    [
      'a destroyed frame',
      {
        get senderFrame() {
          throw new Error('Render frame was disposed');
        },
        sender: {},
      },
    ],
    [
      'a frame whose url throws',
      {
        senderFrame: {
          parent: null,
          get url(): string {
            throw new Error('disposed');
          },
        },
        sender: {},
      },
    ],
  ];

  for (const channel of CHANNELS) {
    it.each(badEvents)(`${channel} refuses %s with forbiddenSender`, async (_label, event) => {
      await expect(call(channel, event, ...VALID_ARGS[channel])).resolves.toEqual({ ok: false, error: 'forbiddenSender' });
      expect(services[SERVICE_OF[channel]]).not.toHaveBeenCalled();
    });
  }
});

describe('argument validation', () => {
  const filters = [{ name: 'Plan', extensions: ['maltid'] }];
  const bytes = new Uint8Array([1]);
  const MALFORMED: Record<Channel, unknown[][]> = {
    saveFile: [
      [],
      [null],
      ['plan.maltid'],
      [{ suggestedName: 'x', filters }],
      [{ suggestedName: '', filters, data: bytes }],
      [{ suggestedName: 42, filters, data: bytes }],
      [{ suggestedName: 'x'.repeat(501), filters, data: bytes }],
      [{ suggestedName: 'x', filters: 'pdf', data: bytes }],
      [{ suggestedName: 'x', filters: [{ name: 'P', extensions: ['../x'] }], data: bytes }],
      [{ suggestedName: 'x', filters: [{ name: 'P', extensions: [] }], data: bytes }],
      [{ suggestedName: 'x', filters: [{ name: 'P', extensions: ['pdf'], extra: 1 }], data: bytes }],
      [{ suggestedName: 'x', filters: Array.from({ length: 11 }, () => filters[0]), data: bytes }],
      [{ suggestedName: 'x', filters, data: 'text' }],
      [{ suggestedName: 'x', filters, data: [1, 2, 3] }],
      [{ suggestedName: 'x', filters, data: new ArrayBuffer(2) }],
      [{ suggestedName: 'x', filters, data: bytes, path: '/etc/passwd' }],
      [{ suggestedName: 'x', filters, data: bytes }, 'extra'],
    ],
    openFile: [[], [null], [{}], [{ filters: null }], [{ filters, defaultPath: '/' }], [[filters]], [{ filters: [{ name: 1, extensions: ['x'] }] }]],
    printToPdf: [[], [{}], [{ suggestedName: '' }], [{ suggestedName: null }], ['report'], [{ suggestedName: 'r', pageSize: 'A3' }]],
    appInfo: [[1], [{}], [null]],
    closeWindow: [[1], [{}], [null], ['force']],
    setLanguage: [[], ['de'], ['SV'], [null], [0], [{ language: 'sv' }], ['sv', 'da']],
    writeBackup: [
      [],
      [{ workspaceId: 'ws', data: 'x' }],
      [{ workspaceId: '../ws', data: bytes }],
      [{ workspaceId: 'a/b', data: bytes }],
      [{ workspaceId: '', data: bytes }],
      [{ workspaceId: 'ws' }],
      [{ workspaceId: 'ws', data: bytes, fileName: 'x' }],
    ],
    listBackups: [[], [''], ['..'], ['a/b'], ['a\\b'], [42], [null], [{ workspaceId: 'ws' }], ['x'.repeat(81)]],
    readBackup: [
      [],
      [{ workspaceId: 'ws' }],
      [{ workspaceId: 'ws', fileName: '../backup-20260101T120000000Z.maltid' }],
      [{ workspaceId: 'ws', fileName: 'secrets.txt' }],
      [{ workspaceId: 'ws', fileName: 'backup-20260101T120000000Z.maltid/..' }],
      [{ workspaceId: '..', fileName: 'backup-20260101T120000000Z.maltid' }],
      [{ workspaceId: 'ws', fileName: 42 }],
    ],
  };

  for (const channel of CHANNELS) {
    it.each(MALFORMED[channel].map((args) => [JSON.stringify(args, (_k, v: unknown) => (v instanceof Uint8Array ? 'bytes' : v)), args]))(
      `${channel} refuses %s with invalidArgument`,
      async (_label, args) => {
        await expect(call(channel, goodEvent, ...args)).resolves.toEqual({ ok: false, error: 'invalidArgument' });
        expect(services[SERVICE_OF[channel]]).not.toHaveBeenCalled();
      },
    );
  }

  it('refuses objects that only pretend to be plain (class instances, prototypes)', async () => {
    class Sneaky {
      filters = [];
    }
    await expect(call('openFile', goodEvent, new Sneaky())).resolves.toEqual({ ok: false, error: 'invalidArgument' });
    await expect(call('openFile', goodEvent, new Map([['filters', []]]))).resolves.toEqual({ ok: false, error: 'invalidArgument' });
  });

  it('refuses file data over MAX_IPC_FILE_BYTES with tooLarge', async () => {
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_IPC_FILE_BYTES + 1 });
    await expect(call('saveFile', goodEvent, { suggestedName: 'x', filters: [], data: huge })).resolves.toEqual({
      ok: false,
      error: 'tooLarge',
    });
    await expect(call('writeBackup', goodEvent, { workspaceId: 'ws', data: huge })).resolves.toEqual({ ok: false, error: 'tooLarge' });
    expect(services.saveFile).not.toHaveBeenCalled();
    expect(services.writeBackup).not.toHaveBeenCalled();
  });

  it('accepts workspace ids in the domain id alphabet', async () => {
    for (const id of ['ws_1', 'a.b', 'org:region-2', 'x'.repeat(80)]) {
      await expect(call('listBackups', goodEvent, id)).resolves.toMatchObject({ ok: true });
    }
  });
});

describe('never throws across the boundary', () => {
  it.each([
    ['saveFile', 'writeFailed'],
    ['openFile', 'readFailed'],
    ['printToPdf', 'printFailed'],
    ['appInfo', 'readFailed'],
    ['setLanguage', 'writeFailed'],
    ['writeBackup', 'writeFailed'],
    ['listBackups', 'readFailed'],
    ['readBackup', 'readFailed'],
    ['closeWindow', 'closeFailed'],
  ] as [Channel, string][])('%s turns an unexpected exception into %s', async (channel, code) => {
    const service = services[SERVICE_OF[channel]] as unknown as { mockImplementation(f: () => never): void };
    service.mockImplementation(() => {
      throw new Error('boom');
    });
    await expect(call(channel, goodEvent, ...VALID_ARGS[channel])).resolves.toEqual({ ok: false, error: code });
  });

  it('passes the sending webContents to services that need a window', async () => {
    await call('printToPdf', goodEvent, { suggestedName: 'r' });
    expect(services.printToPdf).toHaveBeenCalledWith(goodEvent.sender, { suggestedName: 'r' });
    await call('closeWindow', goodEvent);
    expect(services.closeWindow).toHaveBeenCalledWith(goodEvent.sender);
  });
});
