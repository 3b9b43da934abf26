import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseRequests, type CloseRequests } from '../../electron/main/close-requests';
import { createEmitter, type ElectronMock } from './electron-mock';

const mocked: ElectronMock = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
vi.mock('electron', () => mocked);

/** A BrowserWindow as far as close-requests.ts sees one. */
function fakeWindow() {
  const events = createEmitter();
  return { on: events.on, emit: events.emit, listeners: events.listeners, close: vi.fn(), isDestroyed: vi.fn(() => false) };
}

let requests: CloseRequests;

beforeEach(() => {
  vi.clearAllMocks();
  requests = createCloseRequests();
});

describe('a close the page held back while saving', () => {
  it('is done again when the page asks, after the user closed the window', () => {
    const window = fakeWindow();
    requests.track(window);
    window.emit('close', { preventDefault: vi.fn() });
    requests.closeAgain(window);
    expect(window.close).toHaveBeenCalledTimes(1);
    expect(mocked.app.quit).not.toHaveBeenCalled();
  });

  it('becomes a quit again when the user had asked to quit (menu Quit, Cmd+Q)', () => {
    const window = fakeWindow();
    requests.track(window);
    mocked.app.emit('before-quit', { preventDefault: vi.fn() });
    window.emit('close', { preventDefault: vi.fn() });
    requests.closeAgain(window);
    expect(mocked.app.quit).toHaveBeenCalledTimes(1);
    expect(window.close).not.toHaveBeenCalled();
  });

  it('is ignored when the user asked for no close (a held-back reload must not close the window)', () => {
    const window = fakeWindow();
    requests.track(window);
    requests.closeAgain(window);
    expect(window.close).not.toHaveBeenCalled();
    expect(mocked.app.quit).not.toHaveBeenCalled();
  });

  it('is ignored for a window that is gone or unknown', () => {
    const window = fakeWindow();
    requests.track(window);
    window.emit('close', { preventDefault: vi.fn() });
    window.isDestroyed.mockReturnValue(true);
    requests.closeAgain(window);
    requests.closeAgain(null);
    expect(window.close).not.toHaveBeenCalled();
    expect(mocked.app.quit).not.toHaveBeenCalled();
  });

  it('never forces a close through: nothing in main listens to the page cancelling it', () => {
    const window = fakeWindow();
    requests.track(window);
    // Only 'close' is listened to; a 'will-prevent-unload' handler calling preventDefault() would lose the write.
    expect([...window.listeners.keys()]).toEqual(['close']);
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });
});
