import { createStore, del, get, set, values } from 'idb-keyval';

import type { PendingWrite, WriteStorage } from './save-queue';

/** Unsent scorecard writes, kept in IndexedDB so they outlive a reload or a closed tab. */
export function indexedDbWriteStorage(): WriteStorage {
  const store = createStore('calibrate-autosave', 'pending-writes');
  return {
    loadAll: () => values<PendingWrite>(store),
    get: (id) => get<PendingWrite>(id, store),
    put: (write) => set(write.id, write, store),
    delete: (id) => del(id, store),
  };
}

/** For tests and for browsers without IndexedDB: the queue still works, only not across reloads. */
export function memoryWriteStorage(initial: PendingWrite[] = []): WriteStorage & {
  rows: Map<string, PendingWrite>;
} {
  const rows = new Map(initial.map((write) => [write.id, structuredClone(write)]));
  return {
    rows,
    loadAll: async () => [...rows.values()].map((write) => structuredClone(write)),
    get: async (id) => {
      const write = rows.get(id);
      return write && structuredClone(write);
    },
    put: async (write) => {
      rows.set(write.id, structuredClone(write));
    },
    delete: async (id) => {
      rows.delete(id);
    },
  };
}
