import {
  createContext,
  ReactNode,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';

import { PageLoader } from '@/components/ui/page-loader';

import { indexedDbWriteStorage, memoryWriteStorage } from './indexeddb-storage';
import { CrossTabChannel, CrossTabSaved, QueueSnapshot, SaveQueue } from './save-queue';
import { scorecardTransport } from './scorecard-transport';

const SaveQueueContext = createContext<SaveQueue | null>(null);

function createQueue(userId: string): SaveQueue {
  const storage = typeof indexedDB === 'undefined' ? memoryWriteStorage() : indexedDbWriteStorage();
  const name = `calibrate-autosave:${userId}`;
  // Tabs of one user share the stored writes: one sends at a time (a Web Lock), and each tells
  // the others what it saved. Browsers without them (old Safari) send from every tab, as before.
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return new SaveQueue({
    transport: scorecardTransport,
    storage,
    userId,
    exclusive: locks ? (task) => locks.request(name, task) : undefined,
    crossTab: typeof BroadcastChannel === 'undefined' ? undefined : broadcastChannel(name),
  });
}

function broadcastChannel(name: string): CrossTabChannel {
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // Closed: this tab's queue has stopped (signed out, or the page is going away).
      }
    },
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent<CrossTabSaved>) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => {
        channel.removeEventListener('message', onMessage);
        channel.close();
      };
    },
  };
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
    // In a transition: this is the first render of the whole signed-in frame and its screen,
    // which as a plain update React renders in one task (about 1 s at 4× CPU slowdown).
    void next
      .start()
      .catch(() => undefined)
      .then(() => {
        if (active) startTransition(() => setQueue(next));
      });
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

/**
 * The signed-in user's unsent scorecard writes, for signing out: send them now, or remove them
 * from this browser (a shared computer's next user must not inherit them).
 */
export function useUnsentWrites() {
  const queue = useSaveQueue();
  // Not subscribed: the account menu needs the count only when signing out, and re-rendered on
  // every autosave (a rating key in interview mode) with it: about 55 ms at 4× CPU slowdown.
  return useMemo(
    () => ({
      count: () => queue.getSnapshot().writes.length,
      sendNow: () => queue.sendAll(),
      discard: () => queue.discardAll(),
    }),
    [queue],
  );
}
