/** Picks the shell implementation once: desktop when the preload bridge is present, else web. */
import { BRIDGE_KEY, type DesktopBridge } from '../../../shared/ipc-contract';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';
import { createWebPlatform } from './web';

let current: Platform | null = null;

export function getPlatform(): Platform {
  if (!current) {
    const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_KEY];
    current = bridge ? createDesktopPlatform(bridge) : createWebPlatform();
  }
  return current;
}

/** For tests: replace the platform. */
export function setPlatform(platform: Platform | null): void {
  current = platform;
}

export type { Platform } from './types';
