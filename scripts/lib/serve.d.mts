import type { Server } from 'node:http';
export const CSP: string;
export function resolveInRoot(urlPath: string, root?: string): string | null;
export function startServer(options?: { port?: number; host?: string; root?: string }): Promise<{ server: Server; url: string }>;
