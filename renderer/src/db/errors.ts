/**
 * Storage failures as codes the UI can say in the user's language. Every write is one
 * transaction, so a failure leaves the database exactly as it was.
 */
export type StorageErrorCode = 'quotaExceeded' | 'unavailable' | 'versionConflict' | 'notFound' | 'conflict' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    cause?: unknown,
  ) {
    super(`Storage ${code}`, { cause });
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const e = error as { name?: unknown; inner?: unknown };
  const inner = e.inner && typeof e.inner === 'object' ? (e.inner as { name?: unknown }).name : undefined;
  return [e.name, inner].filter((n): n is string => typeof n === 'string').join(' ');
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (/QuotaExceeded/.test(name)) return new StorageError('quotaExceeded', error);
  if (/MissingAPI|InvalidState|DatabaseClosed|OpenFailed/.test(name)) return new StorageError('unavailable', error);
  if (/VersionError|Upgrade/.test(name)) return new StorageError('versionConflict', error);
  return new StorageError('failed', error);
}

/** The message to show for a failed storage call, in words the user can act on (full disk, refused, …). */
export function storageMessageKey(error: unknown): `storage.${StorageErrorCode}` {
  return `storage.${toStorageError(error).code}`;
}
