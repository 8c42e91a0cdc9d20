import { memoryWriteStorage } from './indexeddb-storage';
import {
  CrossTabChannel,
  CrossTabSaved,
  SaveQueue,
  WriteFailure,
  WriteTransport,
} from './save-queue';
import { AnswerValue, WrapUpValue, writeId, WriteTarget, WriteValue } from './write-targets';

const answerOf = (questionId: string): WriteTarget<'answer'> => ({
  kind: 'answer',
  scorecardId: 'card-1',
  questionId,
});

/** An answer, unrated and without a note unless given. */
const answer = (value: Partial<AnswerValue>): AnswerValue => ({
  rating: null,
  notAsked: false,
  note: '',
  ...value,
});

interface Call {
  /** The target's id in the queue. */
  id: string;
  body: WriteValue;
  baseVersion: number;
  key: string;
}

/** A server that keeps answers by version and applies a repeated Idempotency-Key once. */
function fakeServer() {
  const versions = new Map<string, number>();
  /** The version each Idempotency-Key's request was saved as: a repeat gets the same answer. */
  const replies = new Map<string, number>();
  const calls: Call[] = [];
  const failures: (WriteFailure | 'lose-response')[] = [];
  let applied = 0;
  const transport: WriteTransport = {
    async send(target, body, baseVersion, key) {
      calls.push({ id: writeId(target), body, baseVersion, key });
      const failure = failures.shift();
      if (failure instanceof WriteFailure) throw failure;
      const replay = replies.get(key);
      if (replay !== undefined) return { version: replay, value: body };
      const id = JSON.stringify(target);
      const current = versions.get(id) ?? 0;
      if (current !== baseVersion)
        throw new WriteFailure('conflict', 'changed', {
          version: current,
          value: answer({ rating: 2 }),
        });
      versions.set(id, current + 1);
      applied += 1;
      const result = { version: current + 1, value: body };
      replies.set(key, result.version);
      // Applied on the server, but the answer never reached the browser.
      if (failure === 'lose-response') throw new WriteFailure('transient', 'network');
      return result;
    },
  };
  return { transport, calls, failures, versions, applied: () => applied };
}

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

let keys = 0;
function makeQueue(server: ReturnType<typeof fakeServer>, storage = memoryWriteStorage()) {
  const queue = new SaveQueue({
    transport: server.transport,
    storage,
    userId: 'user-1',
    debounceMs: 10,
    backoffMs: () => 5,
    newKey: () => `key-${++keys}`,
  });
  return { queue, storage };
}

/** Checked by the compiler (never run): each target takes its own kind of value only. */
export function valuesAreTypedPerTarget(queue: SaveQueue) {
  // @ts-expect-error an answer is not a recommendation
  queue.enqueue(answerOf('q1'), { recommendation: 'yes', summary: '' }, 0);
  // @ts-expect-error the recommendation and summary are not an answer
  queue.enqueue({ kind: 'scorecard', scorecardId: 'card-1' }, answer({ rating: 3 }), 0);
}

describe('SaveQueue', () => {
  const queues: SaveQueue[] = [];
  afterEach(() => queues.splice(0).forEach((queue) => queue.stop()));
  const track = <T extends { queue: SaveQueue }>(made: T) => {
    queues.push(made.queue);
    return made;
  };

  it('sends a burst of edits to one answer as one request with If-Match and a key', async () => {
    const server = fakeServer();
    const { queue, storage } = track(makeQueue(server));
    queue.enqueue(answerOf('q1'), answer({ rating: 3, note: '' }), 0);
    queue.enqueue(answerOf('q1'), answer({ rating: 3, note: 'C' }), 0);
    queue.enqueue(answerOf('q1'), answer({ rating: 3, note: 'Calm' }), 0);
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toMatchObject({ body: { rating: 3, note: 'Calm' }, baseVersion: 0 });
    expect(storage.rows.size).toBe(0);
  });

  it('retries a lost response with the same key, so the server applies it once', async () => {
    const server = fakeServer();
    server.failures.push('lose-response', new WriteFailure('transient', 'offline'));
    const { queue } = track(makeQueue(server));
    const saved: number[] = [];
    queue.onSaved(({ result }) => saved.push(result.version));
    queue.enqueue(answerOf('q1'), answer({ rating: 4 }), 0);
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.calls.map((call) => [call.key, call.baseVersion])).toEqual([
      ['key-' + keys, 0],
      ['key-' + keys, 0],
      ['key-' + keys, 0],
    ]);
    expect(server.applied()).toBe(1);
    expect(saved).toEqual([1]);
  });

  it('resumes after a reload from storage, reusing the key of a request that was out', async () => {
    const server = fakeServer();
    server.failures.push('lose-response');
    const first = track(makeQueue(server));
    first.queue.enqueue(answerOf('q1'), answer({ rating: 5, note: 'Solved it' }), 0);
    first.queue.enqueue(answerOf('q2'), answer({ rating: 2 }), 0);
    await until(() => server.calls.length >= 1);
    first.queue.stop(); // the tab is closed
    const q1Id = 'card-1:answer:q1';
    await until(() => first.storage.rows.get(q1Id)?.attempts === 1);
    expect(first.storage.rows.get(q1Id)?.inFlight?.key).toBe(server.calls[0]?.key);

    const second = track(makeQueue(server, first.storage));
    await second.queue.start();
    await until(() => second.queue.getSnapshot().writes.length === 0);
    expect(server.applied()).toBe(2);
    const q1Keys = server.calls
      .filter((c) => 'note' in c.body && c.body.note === 'Solved it')
      .map((c) => c.key);
    expect(new Set(q1Keys).size).toBe(1);
    expect(server.versions.get(JSON.stringify(answerOf('q1')))).toBe(1);
  });

  it('sends an edit made while a save was out on top of the version that save returned', async () => {
    const server = fakeServer();
    let release: () => void = () => undefined;
    const slow: WriteTransport = {
      send: async (...args) => {
        if (server.calls.length === 0) await new Promise<void>((r) => (release = r));
        return server.transport.send(...args);
      },
    };
    const queue = new SaveQueue({
      transport: slow,
      storage: memoryWriteStorage(),
      userId: 'user-1',
      debounceMs: 0,
    });
    queues.push(queue);
    queue.enqueue(answerOf('q1'), answer({ rating: 3 }), 0);
    await until(() => queue.getSnapshot().saving);
    queue.enqueue(answerOf('q1'), answer({ rating: 4 }), 0);
    release();
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.calls.map((c) => [c.body, c.baseVersion])).toEqual([
      [answer({ rating: 3 }), 0],
      [answer({ rating: 4 }), 1],
    ]);
  });

  it('stops on a conflict and keeps both versions until the user chooses', async () => {
    const server = fakeServer();
    server.versions.set(JSON.stringify(answerOf('q1')), 1); // someone else saved first
    const { queue } = track(makeQueue(server));
    queue.enqueue(answerOf('q1'), answer({ rating: 4 }), 0);
    await until(() => queue.getSnapshot().writes[0]?.state === 'conflict');
    const conflict = queue.getSnapshot().writes[0];
    expect(conflict).toMatchObject({ desired: { rating: 4 }, server: { version: 1 } });
    expect(await queue.settle('card-1')).toBe(false);

    queue.resolveConflict(conflict?.id ?? '', 'mine');
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.calls.at(-1)).toMatchObject({ body: { rating: 4 }, baseVersion: 1 });
    expect(server.versions.get(JSON.stringify(answerOf('q1')))).toBe(2);
  });

  it('takes the server’s version when asked, and tells the screen to show it', async () => {
    const server = fakeServer();
    server.versions.set(JSON.stringify(answerOf('q1')), 3);
    const { queue } = track(makeQueue(server));
    const shown: [WriteValue, boolean][] = [];
    queue.onSaved(({ result }, authoritative) => shown.push([result.value, authoritative]));
    queue.enqueue(answerOf('q1'), answer({ rating: 4 }), 0);
    await until(() => queue.getSnapshot().writes[0]?.state === 'conflict');
    queue.resolveConflict(queue.getSnapshot().writes[0]?.id ?? '', 'theirs');
    expect(queue.getSnapshot().writes).toEqual([]);
    expect(shown).toEqual([[answer({ rating: 2 }), true]]);
    expect(server.calls).toHaveLength(1);
  });

  it('marks a refused write failed, keeps its value, and retries it when edited', async () => {
    const server = fakeServer();
    server.failures.push(new WriteFailure('rejected', 'Too long'));
    const { queue } = track(makeQueue(server));
    queue.enqueue(answerOf('q1'), answer({ rating: 1, note: 'x' }), 0);
    await until(() => queue.getSnapshot().writes[0]?.state === 'failed');
    expect(queue.getSnapshot().writes[0]).toMatchObject({
      error: 'Too long',
      desired: { note: 'x' },
    });
    queue.enqueue(answerOf('q1'), answer({ rating: 1, note: 'shorter' }), 0);
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.applied()).toBe(1);
  });

  it('settles true once every write of the scorecard is saved', async () => {
    const server = fakeServer();
    const { queue } = track(makeQueue(server));
    queue.enqueue(answerOf('q1'), answer({ rating: 3 }), 0);
    const wrapUp: WrapUpValue = { recommendation: 'yes', summary: '' };
    queue.enqueue({ kind: 'scorecard', scorecardId: 'card-1' }, wrapUp, 1);
    server.versions.set(JSON.stringify({ kind: 'scorecard', scorecardId: 'card-1' }), 1);
    expect(await queue.settle('card-1')).toBe(true);
    expect(server.calls).toHaveLength(2);
  });

  it('sends nothing while offline, then each answer once, with its latest value', async () => {
    const server = fakeServer();
    const { queue } = track(makeQueue(server));
    queue.setOnline(false);
    queue.enqueue(answerOf('q1'), answer({ rating: null, note: 'Calm' }), 0);
    await new Promise((resolve) => setTimeout(resolve, 40));
    queue.enqueue(answerOf('q1'), answer({ rating: 4, note: 'Calm and clear' }), 0);
    queue.enqueue(answerOf('q2'), answer({ rating: 3, note: '' }), 0);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(server.calls).toEqual([]);
    queue.setOnline(true);
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.calls.map((c) => c.body)).toEqual([
      answer({ rating: 4, note: 'Calm and clear' }),
      answer({ rating: 3, note: '' }),
    ]);
  });

  it('replaces a request that failed before leaving the browser with the newest value', async () => {
    const server = fakeServer();
    server.failures.push(new WriteFailure('transient', 'offline', null, true));
    const { queue } = track(makeQueue(server));
    queue.enqueue(answerOf('q1'), answer({ rating: null, note: 'Ca' }), 0);
    await until(() => server.calls.length === 1);
    queue.enqueue(answerOf('q1'), answer({ rating: 2, note: 'Calm' }), 0);
    await until(() => queue.getSnapshot().writes.length === 0);
    expect(server.applied()).toBe(1);
    expect(server.calls.at(-1)?.body).toEqual(answer({ rating: 2, note: 'Calm' }));
    expect(server.calls[0]?.key).not.toBe(server.calls.at(-1)?.key);
  });

  it('loads only the signed-in user’s unsent writes', async () => {
    const server = fakeServer();
    const storage = memoryWriteStorage();
    const other = new SaveQueue({
      transport: { send: () => new Promise(() => undefined) },
      storage,
      userId: 'user-2',
      debounceMs: 100_000,
    });
    other.enqueue(answerOf('q9'), answer({ rating: 1 }), 0);
    other.stop();
    await until(() => storage.rows.size === 1);
    const { queue } = track(makeQueue(server, storage));
    await queue.start();
    expect(queue.getSnapshot().writes).toEqual([]);
  });
  describe('two tabs of one user', () => {
    /** A Web Lock's guarantee, in memory: one task at a time, in order. */
    function mutex() {
      let tail: Promise<unknown> = Promise.resolve();
      return <T>(task: () => Promise<T>): Promise<T> => {
        const run = tail.then(task);
        tail = run.catch(() => undefined);
        return run;
      };
    }
    /** A BroadcastChannel between tabs: a post reaches every other subscriber. */
    function channel() {
      const listeners = new Set<(message: CrossTabSaved) => void>();
      return (): CrossTabChannel => {
        let mine: ((message: CrossTabSaved) => void) | undefined;
        return {
          post: (message) => {
            for (const listener of listeners) if (listener !== mine) listener(message);
          },
          subscribe: (listener) => {
            mine = listener;
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        };
      };
    }
    /** One browser of the user: its tabs share the store, the lock and the channel. */
    function oneBrowser(server: ReturnType<typeof fakeServer>) {
      const storage = memoryWriteStorage();
      const exclusive = mutex();
      const tabs = channel();
      const openTab = () =>
        new SaveQueue({
          transport: server.transport,
          storage,
          userId: 'user-1',
          debounceMs: 10,
          backoffMs: () => 5,
          newKey: () => `key-${++keys}`,
          exclusive,
          crossTab: tabs(),
        });
      return { storage, openTab };
    }

    it('sends a write both tabs loaded once, with no false conflict, and both show it saved', async () => {
      const server = fakeServer();
      const { storage, openTab } = oneBrowser(server);
      // An earlier page left an answer unsent.
      const earlier = new SaveQueue({
        transport: { send: () => new Promise(() => undefined) },
        storage,
        userId: 'user-1',
        debounceMs: 100_000,
      });
      earlier.enqueue(answerOf('q1'), answer({ rating: 4, note: 'Calm' }), 0);
      earlier.stop();
      await until(() => storage.rows.size === 1);

      const a = openTab();
      const b = openTab();
      const shownInB: number[] = [];
      b.onSaved((saved) => shownInB.push(saved.result.version));
      await Promise.all([a.start(), b.start()]);
      a.flush();
      b.flush();
      await until(() => a.getSnapshot().writes.length === 0 && b.getSnapshot().writes.length === 0);

      expect(server.calls).toHaveLength(1);
      expect(server.applied()).toBe(1);
      expect(b.getSnapshot().writes.every((w) => w.state !== 'conflict')).toBe(true);
      expect(shownInB).toEqual([1]);
      expect(storage.rows.size).toBe(0);
      a.stop();
      b.stop();
    });

    it('shows another tab’s save as the value on screen, unless this tab has an edit of its own', async () => {
      const server = fakeServer();
      const { openTab } = oneBrowser(server);
      const a = openTab();
      const b = openTab();
      const shownInB: [string, boolean][] = [];
      b.onSaved((saved, authoritative) => shownInB.push([writeId(saved.target), authoritative]));
      await Promise.all([a.start(), b.start()]);
      b.setOnline(false);
      b.enqueue(answerOf('q2'), answer({ note: 'mine, in tab B' }), 0);

      a.enqueue(answerOf('q1'), answer({ rating: 3 }), 0);
      a.enqueue(answerOf('q2'), answer({ rating: 5 }), 0);
      await until(() => a.getSnapshot().writes.length === 0);
      // q1: tab B had no edit, it shows tab A's. q2: tab B keeps its own edit, to meet as a conflict.
      expect(shownInB).toEqual([[writeId(answerOf('q1')), true]]);
      expect(b.getSnapshot().writes.map((w) => w.desired)).toEqual([
        answer({ note: 'mine, in tab B' }),
      ]);
      a.stop();
      b.stop();
    });

    it('never drops an edit made in a tab: two tabs editing one answer meet as a conflict', async () => {
      const server = fakeServer();
      const { openTab } = oneBrowser(server);
      const a = openTab();
      const b = openTab();
      await Promise.all([a.start(), b.start()]);
      b.setOnline(false);
      b.enqueue(answerOf('q1'), answer({ note: 'typed in tab B' }), 0);
      await new Promise((resolve) => setTimeout(resolve, 5));
      a.enqueue(answerOf('q1'), answer({ note: 'typed in tab A' }), 0);
      await until(() => a.getSnapshot().writes.length === 0);
      b.setOnline(true);
      await until(() => b.getSnapshot().writes[0]?.state === 'conflict');
      expect(b.getSnapshot().writes[0]?.desired).toEqual(answer({ note: 'typed in tab B' }));
      expect(server.calls.map((c) => c.body)).toEqual([
        answer({ note: 'typed in tab A' }),
        answer({ note: 'typed in tab B' }),
      ]);
      a.stop();
      b.stop();
    });

    it('sends the newest value when another tab changed the write after this one loaded it', async () => {
      const server = fakeServer();
      const { storage, openTab } = oneBrowser(server);
      const a = openTab();
      await a.start();
      a.setOnline(false);
      a.enqueue(answerOf('q1'), answer({ note: 'Ca' }), 0);
      await until(() => storage.rows.size === 1);
      const b = openTab();
      b.setOnline(false);
      await b.start();
      await new Promise((resolve) => setTimeout(resolve, 5));
      // Tab A goes on typing; tab B, which loaded the older value, sends first.
      a.enqueue(answerOf('q1'), answer({ note: 'Calm and clear' }), 0);
      await new Promise((resolve) => setTimeout(resolve, 5));
      b.setOnline(true);
      await until(() => b.getSnapshot().writes.length === 0);
      expect(server.calls.map((c) => c.body)).toEqual([answer({ note: 'Calm and clear' })]);
      // Tab A learns it was saved, and sends nothing.
      await until(() => a.getSnapshot().writes.length === 0);
      a.setOnline(true);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(server.calls).toHaveLength(1);
      a.stop();
      b.stop();
    });
  });

  describe('signing out', () => {
    it('sends everything now when asked, and says whether it all reached the server', async () => {
      const server = fakeServer();
      const { queue } = track(makeQueue(server));
      queue.enqueue(answerOf('q1'), answer({ rating: 3 }), 0);
      queue.enqueue(answerOf('q2'), answer({ rating: 4 }), 0);
      expect(await queue.sendAll()).toBe(true);
      expect(server.applied()).toBe(2);

      queue.setOnline(false);
      queue.enqueue(answerOf('q3'), answer({ rating: 5 }), 0);
      expect(await queue.sendAll()).toBe(false);
    });

    it('discards this user’s unsent writes from the browser, and only theirs', async () => {
      const server = fakeServer();
      const storage = memoryWriteStorage();
      const other = new SaveQueue({
        transport: { send: () => new Promise(() => undefined) },
        storage,
        userId: 'user-2',
        debounceMs: 100_000,
      });
      other.enqueue(answerOf('q9'), answer({ rating: 1 }), 0);
      other.stop();
      const { queue } = track(makeQueue(server, storage));
      queue.setOnline(false);
      queue.enqueue(answerOf('q1'), answer({ rating: 3, note: 'private' }), 0);
      await until(() => storage.rows.size === 2);
      await queue.discardAll();
      expect([...storage.rows.values()].map((w) => w.userId)).toEqual(['user-2']);
      expect(queue.getSnapshot().writes).toEqual([]);
      queue.setOnline(true);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(server.calls).toEqual([]);
    });
  });
});
