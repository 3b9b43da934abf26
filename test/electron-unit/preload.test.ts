import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, IPC_EVENTS, IPC_INVOKE, type DesktopBridge } from '../../shared/ipc-contract';
import type { ElectronMock } from './electron-mock';

const mocked: ElectronMock = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
vi.mock('electron', () => mocked);

/**
 * Every key of DesktopBridge. Typed as a record over `keyof DesktopBridge`, so adding a method to
 * the contract without listing it here is a compile error, and the test then checks the preload.
 */
const BRIDGE_KEYS: Record<keyof DesktopBridge, true> = {
  saveFile: true,
  openFile: true,
  printToPdf: true,
  appInfo: true,
  setLanguage: true,
  writeBackup: true,
  listBackups: true,
  readBackup: true,
  closeWindow: true,
  onMenuCommand: true,
  onFileOpened: true,
};

let bridge: DesktopBridge;
let exposeCalls: unknown[][];

beforeAll(async () => {
  await import('../../electron/preload/index');
  exposeCalls = mocked.contextBridge.exposeInMainWorld.mock.calls;
  bridge = exposeCalls[0]?.[1] as DesktopBridge;
});

beforeEach(() => mocked.ipcRenderer.invoke.mockClear());

describe('what the preload exposes', () => {
  it('exposes one object, once, under BRIDGE_KEY', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe(BRIDGE_KEY);
  });

  it('exposes exactly the DesktopBridge keys, all functions, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_KEYS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    const exposed = bridge as unknown as Record<string, unknown>;
    for (const leak of ['ipcRenderer', 'send', 'invoke', 'on', 'require', 'process']) expect(exposed[leak]).toBeUndefined();
  });
});

describe('requests', () => {
  const data = new Uint8Array([1]);
  const cases: [string, () => Promise<unknown>, string, unknown[]][] = [
    ['saveFile', () => bridge.saveFile({ suggestedName: 'a', filters: [], data }), IPC_INVOKE.saveFile, [{ suggestedName: 'a', filters: [], data }]],
    ['openFile', () => bridge.openFile({ filters: [] }), IPC_INVOKE.openFile, [{ filters: [] }]],
    ['printToPdf', () => bridge.printToPdf({ suggestedName: 'r' }), IPC_INVOKE.printToPdf, [{ suggestedName: 'r' }]],
    ['appInfo', () => bridge.appInfo(), IPC_INVOKE.appInfo, []],
    ['setLanguage', () => bridge.setLanguage('fi'), IPC_INVOKE.setLanguage, ['fi']],
    ['writeBackup', () => bridge.writeBackup({ workspaceId: 'w', data }), IPC_INVOKE.writeBackup, [{ workspaceId: 'w', data }]],
    ['listBackups', () => bridge.listBackups('w'), IPC_INVOKE.listBackups, ['w']],
    ['readBackup', () => bridge.readBackup({ workspaceId: 'w', fileName: 'f' }), IPC_INVOKE.readBackup, [{ workspaceId: 'w', fileName: 'f' }]],
    ['closeWindow', () => bridge.closeWindow(), IPC_INVOKE.closeWindow, []],
  ];

  it.each(cases)('%s invokes its own channel with exactly its arguments', async (_name, run, channel, args) => {
    await run();
    expect(mocked.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
  });

  it('covers every invoke channel of the contract', () => {
    expect(cases.map(([, , channel]) => channel).sort()).toEqual(Object.values(IPC_INVOKE).sort());
  });
});

describe('events', () => {
  it('passes menu commands without the IpcRendererEvent, drops unknown ones, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const fakeEvent = { sender: mocked.ipcRenderer };
    mocked.ipcRenderer.emit(IPC_EVENTS.menuCommand, fakeEvent, 'undo');
    mocked.ipcRenderer.emit(IPC_EVENTS.menuCommand, fakeEvent, 'format-disk');
    mocked.ipcRenderer.emit(IPC_EVENTS.menuCommand, fakeEvent, { command: 'undo' });
    expect(listener.mock.calls).toEqual([['undo']]);
    unsubscribe();
    mocked.ipcRenderer.emit(IPC_EVENTS.menuCommand, fakeEvent, 'redo');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(mocked.ipcRenderer.listeners.get(IPC_EVENTS.menuCommand)).toEqual([]);
  });

  it('keeps plan files that arrive before anyone listens, and hands them to the first subscriber', () => {
    const fakeEvent = { sender: mocked.ipcRenderer };
    const early = { name: 'early.maltid', data: new Uint8Array([1]) };
    mocked.ipcRenderer.emit(IPC_EVENTS.fileOpened, fakeEvent, early);
    mocked.ipcRenderer.emit(IPC_EVENTS.fileOpened, fakeEvent, { name: 'bad' });

    const listener = vi.fn();
    const unsubscribe = bridge.onFileOpened(listener);
    expect(listener.mock.calls).toEqual([[early]]);

    const later = { name: 'later.maltid', data: new Uint8Array([2]) };
    mocked.ipcRenderer.emit(IPC_EVENTS.fileOpened, fakeEvent, later);
    expect(listener.mock.calls).toEqual([[early], [later]]);
    for (const call of listener.mock.calls) expect(call).toHaveLength(1);

    unsubscribe();
    mocked.ipcRenderer.emit(IPC_EVENTS.fileOpened, fakeEvent, later);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
