import { LiveEvent } from '@calibrate/contracts';

import { EventSourceLike, followLiveEvents } from './live-events';

/** An EventSource driven by the test: what the server would send, and how it fails. */
class FakeSource implements EventSourceLike {
  readyState = 1;
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((message: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  send(data: unknown, lastEventId = ''): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data), lastEventId }));
  }

  emit(type: string): void {
    for (const listener of this.listeners.get(type) ?? [])
      listener(new MessageEvent(type, { data: '{}' }));
  }

  /** The server refused the stream: the browser gives up on this source. */
  refuse(): void {
    this.readyState = 2;
    this.onerror?.(new Event('error'));
  }
}

const stage: LiveEvent = {
  id: '41',
  kind: 'candidate.stage_changed',
  candidateId: '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e02',
  jobId: null,
};

function follow() {
  const sources: FakeSource[] = [];
  const pending: { run: () => void; ms: number }[] = [];
  const handlers = { onEvent: jest.fn(), onResync: jest.fn(), onSessionEnded: jest.fn() };
  const stop = followLiveEvents(handlers, {
    createSource: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    schedule: (run, ms) => {
      pending.push({ run, ms });
      return () => undefined;
    },
  });
  return { sources, pending, handlers, stop };
}

describe('followLiveEvents', () => {
  it('hands over the events of the contract and ignores anything else', () => {
    const { sources, handlers } = follow();
    sources[0]?.send(stage, '41');
    sources[0]?.send({ kind: 'something.new', id: '42' }, '42');
    expect(sources[0]?.url).toBe('/api/v1/events');
    expect(handlers.onEvent).toHaveBeenCalledTimes(1);
    expect(handlers.onEvent).toHaveBeenCalledWith(stage);
  });

  it('reopens a refused stream after a back-off, from the last event id', () => {
    const { sources, pending, handlers } = follow();
    sources[0]?.send(stage, '41');
    sources[0]?.refuse();
    expect(pending[0]?.ms).toBe(1000);
    pending[0]?.run();
    expect(sources[1]?.url).toBe('/api/v1/events?lastEventId=41');
    // The id lets the server replay: no refetch needed.
    expect(handlers.onResync).not.toHaveBeenCalled();
    sources[1]?.refuse();
    expect(pending[1]?.ms).toBe(2000);
  });

  it('asks for a refetch when reopened without an id, or when the server says so', () => {
    const { sources, pending, handlers } = follow();
    sources[0]?.refuse();
    pending[0]?.run();
    expect(handlers.onResync).toHaveBeenCalledTimes(1);
    sources[1]?.emit('resync');
    expect(handlers.onResync).toHaveBeenCalledTimes(2);
  });

  it('stays closed once the session ended, and on stop', () => {
    const first = follow();
    first.sources[0]?.emit('session-ended');
    expect(first.handlers.onSessionEnded).toHaveBeenCalled();
    expect(first.sources[0]?.closed).toBe(true);
    first.sources[0]?.refuse();
    expect(first.pending).toHaveLength(0);

    const second = follow();
    second.stop();
    expect(second.sources[0]?.closed).toBe(true);
  });
});
