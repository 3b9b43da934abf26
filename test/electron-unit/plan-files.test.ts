import { describe, expect, it, vi } from 'vitest';
import { join, resolve } from 'node:path';
import type { OpenedFile } from '../../shared/ipc-contract';
import { createPlanFileDelivery, planFileFromArgv } from '../../electron/main/plan-files';

describe('plan file on the command line', () => {
  it.each([
    [['/opt/Maltid/maltid', '/home/u/plan.maltid'], '/home/u/plan.maltid'],
    [['maltid', '--no-sandbox', '/home/u/Plan 2026.MALTID'], '/home/u/Plan 2026.MALTID'],
    [['maltid', '/a/first.maltid', '/b/second.maltid'], '/b/second.maltid'],
    [['electron', 'out/main/index.js'], null],
    [['/home/u/plan.maltid'], null],
    [['maltid'], null],
    [['maltid', '--flag=x.maltid'], null],
    [['maltid', 'notes.txt'], null],
  ])('%j gives %j', (argv, expected) => {
    expect(planFileFromArgv(argv, '/work')).toBe(expected === null ? null : resolve(expected));
  });

  it('resolves a relative path against the launching instance\'s working directory', () => {
    expect(planFileFromArgv(['maltid', 'plans/a.maltid'], '/home/u')).toBe(join('/home/u', 'plans', 'a.maltid'));
  });
});

describe('delivering OS-opened files to the page', () => {
  const file: OpenedFile = { name: 'a.maltid', data: new Uint8Array([1]) };
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('holds files until the page is ready, then sends each once', async () => {
    const send = vi.fn();
    const delivery = createPlanFileDelivery(() => Promise.resolve(file), send);
    delivery.enqueue('/a.maltid');
    await flush();
    expect(send).not.toHaveBeenCalled();
    delivery.pageReady();
    await flush();
    expect(send).toHaveBeenCalledExactlyOnceWith(file);
    delivery.pageReady();
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends at once while the page is up, and waits again after the window closed', async () => {
    const send = vi.fn();
    const delivery = createPlanFileDelivery(() => Promise.resolve(file), send);
    delivery.pageReady();
    delivery.enqueue('/a.maltid');
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
    delivery.pageGone();
    delivery.enqueue('/b.maltid');
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('drops files that cannot be read', async () => {
    const send = vi.fn();
    const delivery = createPlanFileDelivery(() => Promise.reject(new Error('gone')), send);
    delivery.pageReady();
    delivery.enqueue('/gone.maltid');
    await flush();
    expect(send).not.toHaveBeenCalled();
  });
});
