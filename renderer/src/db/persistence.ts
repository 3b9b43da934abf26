/**
 * Asks the browser to keep Måltid's data (persistent storage), where that applies: in the web
 * build an origin's IndexedDB may otherwise be cleared under storage pressure. The desktop shell
 * keeps its data in its own profile folder, where the request is granted.
 */
export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

export async function requestPersistentStorage(): Promise<PersistenceState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}

export interface StorageEstimate {
  usageBytes: number;
  quotaBytes: number;
}

export async function estimateStorage(): Promise<StorageEstimate | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e ? { usageBytes: e.usage ?? 0, quotaBytes: e.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
