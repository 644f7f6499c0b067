/**
 * Asks the browser, once, to keep this site's storage (navigator.storage.persist) so it does not
 * evict the outbox of unsent days under storage pressure. Where unsupported, nothing happens.
 */

type PersistentStorage = { readonly persist?: () => Promise<boolean>; readonly persisted?: () => Promise<boolean> };

/**
 * Makes the "ask once" function for a storage manager (the browser's, or a fake in tests). It
 * resolves to whether storage is persistent, or null where the browser cannot say.
 * @example await persistOnce(() => ({ persist: async () => true }))() // true
 */
export function persistOnce(storage: () => PersistentStorage | undefined): () => Promise<boolean | null> {
  let asked: Promise<boolean | null> | null = null;
  return () => {
    asked ??= (async () => {
      const manager = storage();
      if (!manager?.persist) return null;
      try {
        if (manager.persisted && (await manager.persisted())) return true;
        return await manager.persist();
      } catch {
        return null;
      }
    })();
    return asked;
  };
}

/** This browser's storage, asked at most once per page load. */
export const askPersistentStorage = persistOnce(() => (typeof navigator === "undefined" ? undefined : navigator.storage));
