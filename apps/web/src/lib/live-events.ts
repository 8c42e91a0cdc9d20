import {
  LIVE_RESYNC_EVENT,
  LIVE_SESSION_ENDED_EVENT,
  LiveEvent,
  liveEventSchema,
} from '@calibrate/contracts';

/** The stream's URL (same origin: the session cookie goes with it). */
export const LIVE_EVENTS_URL = '/api/v1/events';

export interface LiveEventHandlers {
  onEvent(event: LiveEvent): void;
  /** Events may have been missed for good: refetch what the screen shows. */
  onResync(): void;
  /** The session ended (signed out elsewhere, expired): the stream stays closed. */
  onSessionEnded(): void;
}

/** What the client needs of `EventSource` (injected, so tests drive it without a server). */
export interface EventSourceLike {
  readonly readyState: number;
  onmessage: ((message: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void;
  close(): void;
}

export interface LiveEventsOptions {
  createSource?: (url: string) => EventSourceLike;
  /** setTimeout, injectable for tests. */
  schedule?: (run: () => void, ms: number) => () => void;
}

const CLOSED = 2;
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 60_000;

/**
 * Follows the live events of the signed-in user. The browser's EventSource reconnects by itself
 * after a dropped connection and sends Last-Event-ID, so the server replays what was missed. It
 * gives up for good on an HTTP error (a 401, a 503 during a deploy): then this opens a new one,
 * backing off, with the last id in the URL (a new EventSource cannot set the header), and asks
 * for a refetch once it is back. Returns the stop.
 */
export function followLiveEvents(
  handlers: LiveEventHandlers,
  {
    createSource = (url) => new EventSource(url, { withCredentials: true }),
    schedule = (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  }: LiveEventsOptions = {},
): () => void {
  let source: EventSourceLike | undefined;
  let lastEventId: string | undefined;
  let retryMs = FIRST_RETRY_MS;
  let cancelRetry: (() => void) | undefined;
  let stopped = false;

  const open = () => {
    const url = lastEventId
      ? `${LIVE_EVENTS_URL}?lastEventId=${encodeURIComponent(lastEventId)}`
      : LIVE_EVENTS_URL;
    const current = createSource(url);
    source = current;
    current.onmessage = (message) => {
      retryMs = FIRST_RETRY_MS;
      if (message.lastEventId) lastEventId = message.lastEventId;
      const parsed = liveEventSchema.safeParse(safeJson(message.data));
      // An event this build does not know (a newer server): ignored, the next refetch shows it.
      if (parsed.success) handlers.onEvent(parsed.data);
    };
    current.addEventListener(LIVE_RESYNC_EVENT, () => handlers.onResync());
    current.addEventListener(LIVE_SESSION_ENDED_EVENT, () => {
      stopped = true;
      current.close();
      handlers.onSessionEnded();
    });
    current.onerror = () => {
      if (stopped || current.readyState !== CLOSED) return;
      // Refused rather than dropped: the browser will not try again, so we do, more slowly each time.
      current.close();
      cancelRetry = schedule(() => {
        if (stopped) return;
        open();
        // Without a known id the server cannot replay: whatever happened meanwhile is refetched.
        if (!lastEventId) handlers.onResync();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    };
  };

  open();
  return () => {
    stopped = true;
    cancelRetry?.();
    source?.close();
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
