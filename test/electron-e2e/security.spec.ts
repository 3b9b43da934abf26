/**
 * The security policy as behaviour, in the running app (the unit tests check the same rules
 * with electron mocked). Modelled on Actual Budget's navigation-security e2e test.
 */
import { BRIDGE_KEY } from '../../shared/ipc-contract';
import { expect, skipWithoutElectron, test } from './support/electron-app';

skipWithoutElectron();

type BridgeWindow = Window & Record<string, Record<string, (...args: unknown[]) => Promise<unknown>> | undefined>;

test('navigating to an outside URL leaves the app where it is', async ({ appPage }) => {
  const start = appPage.url();
  for (const target of ['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:5179/']) {
    await appPage.evaluate((url) => {
      window.location.href = url;
    }, target);
    await appPage.waitForTimeout(300);
    expect(appPage.url()).toBe(start);
  }
  // A plain link click is a navigation too.
  await appPage.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    document.body.append(link);
    link.click();
    link.remove();
  });
  await appPage.waitForTimeout(300);
  expect(appPage.url()).toBe(start);
});

test('window.open returns null and opens no window; https links go to the browser instead', async ({ electronApp, appPage }) => {
  // Replace the OS hand-off so the test opens nothing on the machine; record what would open.
  const patched = await electronApp.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as Record<string, unknown>).__maltidOpened = opened;
    shell.openExternal = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
    return (globalThis as Record<string, unknown>).__maltidOpened === opened;
  });
  for (const url of ['about:blank', 'app://maltid/index.html', 'javascript:alert(1)', 'file:///etc/passwd']) {
    expect(await appPage.evaluate((u) => window.open(u) === null, url)).toBe(true);
  }
  expect(await appPage.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(electronApp.windows()).toHaveLength(1);
  if (patched) {
    const opened = await electronApp.evaluate(() => (globalThis as Record<string, unknown>).__maltidOpened as string[]);
    expect(opened).toEqual(['https://example.com/']);
  }
});

test('browser permissions are denied, except persistent storage for the plans', async ({ appPage }) => {
  expect(await appPage.evaluate(() => navigator.storage.persist())).toBe(true);
  expect(await appPage.evaluate(() => Notification.requestPermission())).toBe('denied');
  const geolocation = await appPage.evaluate(
    () =>
      new Promise<number>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          () => resolve(0),
          (error) => resolve(error.code),
        ),
      ),
  );
  expect(geolocation).toBe(1); // GeolocationPositionError.PERMISSION_DENIED
  const camera = await appPage.evaluate(() =>
    navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (error: Error) => error.name,
    ),
  );
  expect(camera).not.toBe('granted');
});

test('the page has no Node, only the bridge, and the bridge refuses malformed arguments', async ({ appPage }) => {
  const globals = await appPage.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });

  const keys = await appPage.evaluate((key) => Object.keys((window as unknown as BridgeWindow)[key] ?? {}).sort(), BRIDGE_KEY);
  expect(keys).toEqual(
    ['appInfo', 'closeWindow', 'listBackups', 'onFileOpened', 'onMenuCommand', 'openFile', 'printToPdf', 'readBackup', 'saveFile', 'setLanguage', 'writeBackup'].sort(),
  );

  const results = await appPage.evaluate(async (key) => {
    const bridge = (window as unknown as BridgeWindow)[key];
    if (!bridge) return null;
    return Promise.all([
      bridge.listBackups?.(42),
      bridge.listBackups?.('../../etc'),
      bridge.readBackup?.({ workspaceId: 'ws', fileName: '../secret' }),
      bridge.setLanguage?.('xx'),
      bridge.saveFile?.({ suggestedName: 'a', filters: [], data: 'not bytes' }),
    ]);
  }, BRIDGE_KEY);
  expect(results).toEqual(Array.from({ length: 5 }, () => ({ ok: false, error: 'invalidArgument' })));

  const info = await appPage.evaluate((key) => (window as unknown as BridgeWindow)[key]?.appInfo?.(), BRIDGE_KEY);
  expect(info).toMatchObject({ ok: true, value: { shell: 'desktop' } });
});

test('subframes get no bridge, and inline scripts are blocked by the CSP', async ({ appPage }) => {
  const inFrame = await appPage.evaluate(async (key) => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>x</p>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const result = typeof (frame.contentWindow as unknown as Record<string, unknown> | null)?.[key];
    frame.remove();
    return result;
  }, BRIDGE_KEY);
  expect(inFrame).toBe('undefined');

  const inline = await appPage.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__maltidInline = true;';
    document.body.append(script);
    script.remove();
    return (window as unknown as Record<string, unknown>).__maltidInline ?? null;
  });
  expect(inline).toBeNull();
});
