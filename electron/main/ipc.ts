/**
 * Registers the main-process side of the IPC contract (shared/ipc-contract.ts).
 *
 * Every channel goes through one wrapper, `guarded`, which
 *  1. refuses senders that are not the app's own top-level page (`forbiddenSender`): no
 *     subframe, no other origin, no frame that is gone (VS Code's validatedIpcMain does the same);
 *  2. refuses wrong arity and malformed arguments (`invalidArgument`), via ipc-guards.ts;
 *  3. never throws across the boundary: anything unexpected becomes the channel's failure code.
 * The handler table is keyed by the contract's channel names, so a new channel without a handler
 * (or a handler without a channel) does not compile.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type {
  AppInfo,
  BackupEntry,
  BackupReadRequest,
  BackupWriteRequest,
  IpcErrorCode,
  IpcResult,
  OpenedFile,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResponse,
} from '../../shared/ipc-contract';
import { IPC_INVOKE } from '../../shared/ipc-contract';
import type { Language } from '../../shared/model/enums';
import {
  parseBackupReadRequest,
  parseBackupWriteRequest,
  parseLanguage,
  parseOpenFileRequest,
  parsePrintToPdfRequest,
  parseSaveFileRequest,
  parseWorkspaceId,
  type Parsed,
} from './ipc-guards';
import { isAppUrl } from './trusted-origin';

/** What the handlers do, once the request is known to be well-formed (composed in index.ts). */
export interface IpcServices {
  saveFile(sender: WebContents, request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(sender: WebContents, request: OpenFileRequest): Promise<IpcResult<OpenedFile | null>>;
  printToPdf(sender: WebContents, request: PrintToPdfRequest): Promise<IpcResult<SaveFileResponse>>;
  appInfo(): AppInfo;
  setLanguage(language: Language): void;
  writeBackup(request: BackupWriteRequest): Promise<IpcResult<BackupEntry>>;
  listBackups(workspaceId: string): Promise<IpcResult<BackupEntry[]>>;
  readBackup(request: BackupReadRequest): Promise<IpcResult<Uint8Array>>;
  /** The sender's page has saved and asks for the close it held back (close-requests.ts). */
  closeWindow(sender: WebContents): void;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** The sender must be the main frame of a page served from app://maltid (or the dev server in dev). */
export function isTrustedSender(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    // A frame that navigated away or was destroyed throws on access: treat as untrusted.
    return false;
  }
}

interface ChannelHandler {
  /** Returned when the service throws, which it should not. */
  failure: IpcErrorCode;
  run(sender: WebContents, args: readonly unknown[]): Promise<IpcResult<unknown>> | IpcResult<unknown>;
}

const invalidArgument = { ok: false, error: 'invalidArgument' } as const;

/** A channel taking exactly one argument, parsed before `run` sees it. */
function withOne<T>(
  failure: IpcErrorCode,
  parse: (value: unknown) => Parsed<T>,
  run: (value: T, sender: WebContents) => Promise<IpcResult<unknown>> | IpcResult<unknown>,
): ChannelHandler {
  return {
    failure,
    run(sender, args) {
      if (args.length !== 1) return invalidArgument;
      const parsed = parse(args[0]);
      return parsed.ok ? run(parsed.value, sender) : parsed;
    },
  };
}

/** A channel taking no argument at all. */
function withNone(failure: IpcErrorCode, run: (sender: WebContents) => IpcResult<unknown>): ChannelHandler {
  return { failure, run: (sender, args) => (args.length === 0 ? run(sender) : invalidArgument) };
}

export function createIpcHandlers(services: IpcServices): Record<keyof typeof IPC_INVOKE, ChannelHandler> {
  return {
    saveFile: withOne('writeFailed', parseSaveFileRequest, (request, sender) => services.saveFile(sender, request)),
    openFile: withOne('readFailed', parseOpenFileRequest, (request, sender) => services.openFile(sender, request)),
    printToPdf: withOne('printFailed', parsePrintToPdfRequest, (request, sender) => services.printToPdf(sender, request)),
    appInfo: withNone('readFailed', () => ({ ok: true, value: services.appInfo() })),
    setLanguage: withOne('writeFailed', parseLanguage, (language) => {
      services.setLanguage(language);
      return { ok: true, value: null };
    }),
    writeBackup: withOne('writeFailed', parseBackupWriteRequest, (request) => services.writeBackup(request)),
    listBackups: withOne('readFailed', parseWorkspaceId, (workspaceId) => services.listBackups(workspaceId)),
    readBackup: withOne('readFailed', parseBackupReadRequest, (request) => services.readBackup(request)),
    closeWindow: withNone('closeFailed', (sender) => {
      services.closeWindow(sender);
      return { ok: true, value: null };
    }),
  };
}

/** The one wrapper every channel goes through (see the header). */
export function guarded(handler: ChannelHandler) {
  return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<IpcResult<unknown>> => {
    if (!isTrustedSender(event)) return { ok: false, error: 'forbiddenSender' };
    try {
      return await handler.run(event.sender, args);
    } catch {
      return { ok: false, error: handler.failure };
    }
  };
}

export function registerIpcHandlers(services: IpcServices): void {
  const handlers = createIpcHandlers(services);
  for (const key of Object.keys(IPC_INVOKE) as (keyof typeof IPC_INVOKE)[]) {
    ipcMain.handle(IPC_INVOKE[key], guarded(handlers[key]));
  }
}
