export function findChromium(): { path: string; source: 'env' | 'playwright' | 'system' } | null;
export const NO_CHROMIUM_MESSAGE: string;
export const CHROMIUM_ARGS: string[];
