import {
  createContext,
  ReactNode,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';

import { PageLoader } from '@/components/ui/page-loader';

import { indexedDbWriteStorage, memoryWriteStorage } from './indexeddb-storage';
import { QueueSnapshot, SaveQueue } from './save-queue';
import { scorecardTransport } from './scorecard-transport';

const SaveQueueContext = createContext<SaveQueue | null>(null);

function createQueue(userId: string): SaveQueue {
  const storage = typeof indexedDB === 'undefined' ? memoryWriteStorage() : indexedDbWriteStorage();
  return new SaveQueue({ transport: scorecardTransport, storage, userId });
}

/**
 * One save queue per signed-in user for the whole app: whatever an earlier tab left unsent is
 * sent as soon as the user is back, on any screen.
 */
export function SaveQueueProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [queue, setQueue] = useState<SaveQueue | null>(null);

  useEffect(() => {
    const next = createQueue(userId);
    next.setOnline(navigator.onLine);
    let active = true;
    // Screens appear once unsent writes are loaded, so they show those values, not older ones.
    void next
      .start()
      .catch(() => undefined)
      .then(() => active && setQueue(next));
    const online = () => next.setOnline(true);
    const offline = () => next.setOnline(false);
    // Typed but not yet saved: the browser asks before the page goes away.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (next.getSnapshot().writes.length > 0) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      active = false;
      next.stop();
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [userId]);

  if (!queue) return <PageLoader />;
  return <SaveQueueContext.Provider value={queue}>{children}</SaveQueueContext.Provider>;
}

export function useSaveQueue(): SaveQueue {
  const queue = useContext(SaveQueueContext);
  if (!queue) throw new Error('useSaveQueue needs a SaveQueueProvider');
  return queue;
}

export function useSaveQueueSnapshot(): QueueSnapshot {
  const queue = useSaveQueue();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}
