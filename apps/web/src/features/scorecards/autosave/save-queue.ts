/**
 * A durable queue of scorecard writes: what an interviewer typed reaches the server exactly once,
 * through network drops, reloads and closed tabs.
 *
 * - One pending write per target (an answer, or the scorecard's summary and recommendation): a new
 *   edit of the same answer replaces the queued value, so a burst of keystrokes is one request.
 * - Every change is persisted (IndexedDB in the browser) before it is sent, and loaded again on start.
 * - A request whose outcome is unknown (network error, 5xx) is resent as is, with the same
 *   Idempotency-Key and If-Match, so the server applies it once; the next edit is sent after it.
 * - A 412 stops the write and keeps both versions until the user chooses; nothing is overwritten.
 * - Tabs of one user share the stored writes: one tab sends at a time (`exclusive`, a Web Lock),
 *   and under it the stored write is the truth, so a write two tabs loaded goes out once. A tab
 *   tells the others what it saved (`crossTab`).
 */

import {
  SavedWrite,
  SaveResult,
  writeId,
  WriteKind,
  WriteTarget,
  WriteValue,
} from './write-targets';

export type WriteState = 'pending' | 'conflict' | 'failed';

/** A write waiting for a target; of one kind `K` of target, its values are that kind's. */
export interface PendingWrite<K extends WriteKind = WriteKind> {
  id: string;
  userId: string;
  target: WriteTarget<K>;
  /** What the user wants the server to hold. */
  desired: WriteValue<K>;
  /** The version this edit is based on: sent as If-Match. */
  baseVersion: number;
  /** The request sent and not yet answered: resent unchanged (same key) until it is. */
  inFlight: { body: WriteValue<K>; key: string } | null;
  state: WriteState;
  /** On conflict: what the server holds now. */
  server: SaveResult<K> | null;
  error: string | null;
  attempts: number;
  dueAt: number;
  /** When this tab last changed it (absent in writes stored by earlier pages): newest wins. */
  changedAt?: number;
}

/** How a send failed, as far as the queue cares. */
export class WriteFailure extends Error {
  constructor(
    readonly kind: 'transient' | 'conflict' | 'rejected',
    message: string,
    readonly server: SaveResult | null = null,
    /** The request certainly never reached the server (the browser was offline). */
    readonly notSent = false,
  ) {
    super(message);
    this.name = 'WriteFailure';
  }
}

/**
 * A write of one kind of target, with that kind's values. TypeScript does not narrow `write` on
 * `write.target.kind`, and the kind stays inside `target`: that is how earlier pages stored
 * their unsent writes in IndexedDB.
 */
export function writeFor<K extends WriteKind>(
  kind: K,
  write: PendingWrite,
): write is PendingWrite<K> {
  return write.target.kind === kind;
}

export interface WriteTransport {
  /** Sends one write; the server's answer is of the target's kind. Throws WriteFailure. */
  send<K extends WriteKind>(
    target: WriteTarget<K>,
    body: WriteValue<K>,
    baseVersion: number,
    idempotencyKey: string,
  ): Promise<SaveResult<K>>;
}

export interface WriteStorage {
  loadAll(): Promise<PendingWrite[]>;
  get(id: string): Promise<PendingWrite | undefined>;
  put(write: PendingWrite): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface QueueSnapshot {
  writes: readonly PendingWrite[];
  saving: boolean;
  online: boolean;
}

export type SavedListener = (
  saved: SavedWrite,
  /** The server's value replaces what is on screen (the user took the server's version). */
  authoritative: boolean,
) => void;

/** What a tab tells the user's other tabs after a save: the body sent and the server's answer. */
export interface CrossTabSaved {
  saved: SavedWrite;
  body: WriteValue;
}

/** The user's other tabs (a BroadcastChannel in the browser). */
export interface CrossTabChannel {
  post(message: CrossTabSaved): void;
  subscribe(listener: (message: CrossTabSaved) => void): () => void;
}

export interface SaveQueueOptions {
  transport: WriteTransport;
  storage: WriteStorage;
  userId: string;
  /** Runs a send while no other tab of this user sends (a Web Lock); alone when absent. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  crossTab?: CrossTabChannel;
  /** Quiet time after the last edit of a target before it is sent. */
  debounceMs?: number;
  /** Wait before retry number `attempt` (1, 2, …). */
  backoffMs?: (attempt: number) => number;
  now?: () => number;
  newKey?: () => string;
}

/** 1 s, 2 s, 4 s … up to 30 s, with jitter so many clients do not retry in step. */
export const exponentialBackoff = (attempt: number): number =>
  Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);

const sameBody = (a: WriteValue, b: WriteValue) => JSON.stringify(a) === JSON.stringify(b);

export class SaveQueue {
  private readonly writes = new Map<string, PendingWrite>();
  /** The last result per target in this page's life: newer than a read that raced the save. */
  private readonly lastSaved = new Map<string, SavedWrite>();
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<SavedListener>();
  private snapshot: QueueSnapshot;
  private saving = false;
  private online = true;
  private pumping = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly debounceMs: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly now: () => number;
  private readonly newKey: () => string;
  private readonly exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Writes loaded from the store (left by an earlier page or another tab), by their `changedAt`. */
  private readonly loaded = new Map<string, number>();
  private unsubscribeCrossTab: (() => void) | undefined;

  constructor(private readonly options: SaveQueueOptions) {
    this.debounceMs = options.debounceMs ?? 400;
    this.backoffMs = options.backoffMs ?? exponentialBackoff;
    this.now = options.now ?? Date.now;
    this.newKey = options.newKey ?? (() => crypto.randomUUID());
    this.exclusive = options.exclusive ?? ((task) => task());
    this.snapshot = this.buildSnapshot();
  }

  /** Loads what an earlier page left unsent (this user's only) and starts sending it. */
  async start(): Promise<void> {
    const stored = await this.options.storage.loadAll();
    for (const write of stored) {
      if (write.userId !== this.options.userId || this.writes.has(write.id)) continue;
      this.writes.set(write.id, { ...write, dueAt: this.now() });
      this.loaded.set(write.id, write.changedAt ?? 0);
    }
    this.unsubscribeCrossTab = this.options.crossTab?.subscribe((message) =>
      this.savedElsewhere(message),
    );
    this.changed();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribeCrossTab?.();
  }

  /**
   * Before signing out: sends everything now; true once nothing is left unsent, false as soon as
   * something cannot be sent (offline, a conflict, a refused value).
   */
  sendAll(): Promise<boolean> {
    this.flush();
    return this.whenSent(() => true, true);
  }

  /**
   * Signing out: this user's unsent writes leave the browser (a shared computer's next user
   * must not find them, even unseen), and nothing more is sent.
   */
  async discardAll(): Promise<void> {
    this.stop();
    const stored = await this.options.storage.loadAll().catch(() => []);
    const ids = new Set([
      ...this.writes.keys(),
      ...stored.filter((w) => w.userId === this.options.userId).map((w) => w.id),
    ]);
    this.writes.clear();
    await Promise.all([...ids].map((id) => this.options.storage.delete(id).catch(() => undefined)));
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  onSaved(listener: SavedListener): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** What this page saved for a scorecard: a read that raced these saves may not hold them. */
  savedSince(scorecardId: string): SavedWrite[] {
    return [...this.lastSaved.values()].filter((s) => s.target.scorecardId === scorecardId);
  }

  /** Queues the value the user wants for a target, based on the version they last saw. */
  enqueue<K extends WriteKind>(
    target: WriteTarget<K>,
    desired: WriteValue<K>,
    baseVersion: number,
  ): void {
    const id = writeId(target);
    const stored = this.writes.get(id);
    // One id, one target: a write stored under it is of the same kind.
    const existing = stored && writeFor(target.kind, stored) ? stored : undefined;
    const write: PendingWrite<K> = existing
      ? {
          ...existing,
          desired,
          // A failed write is retried with the new value; a conflict waits for the user's choice.
          state: existing.state === 'failed' ? 'pending' : existing.state,
          error: existing.state === 'failed' ? null : existing.error,
          dueAt: this.now() + this.debounceMs,
          changedAt: this.now(),
        }
      : {
          id,
          userId: this.options.userId,
          target,
          desired,
          baseVersion,
          inFlight: null,
          state: 'pending',
          server: null,
          error: null,
          attempts: 0,
          dueAt: this.now() + this.debounceMs,
          changedAt: this.now(),
        };
    this.writes.set(id, write);
    void this.persist(write);
    this.changed();
  }

  /** After a conflict: send mine over the server's version, or take the server's and drop mine. */
  resolveConflict(id: string, choice: 'mine' | 'theirs'): void {
    const write = this.writes.get(id);
    if (!write || write.state !== 'conflict' || !write.server) return;
    if (choice === 'theirs') {
      this.remove(write);
      this.emitSaved({ target: write.target, result: write.server }, true);
    } else {
      this.update(write, {
        state: 'pending',
        baseVersion: write.server.version,
        server: null,
        dueAt: this.now(),
      });
    }
    this.changed();
  }

  /** Sends now, without the debounce: the user moved on or is about to submit. */
  flush(scorecardId?: string): void {
    for (const write of this.writes.values()) {
      if (write.state !== 'pending') continue;
      if (scorecardId && write.target.scorecardId !== scorecardId) continue;
      write.attempts = 0;
      write.dueAt = Math.min(write.dueAt, this.now());
    }
    this.changed();
  }

  /**
   * Flushes a scorecard's writes and resolves true once all are saved, or false as soon as one
   * cannot be (offline, conflict, refused): the caller must not submit on top of unsaved answers.
   */
  settle(scorecardId: string): Promise<boolean> {
    this.flush(scorecardId);
    return this.whenSent((w) => w.target.scorecardId === scorecardId, false);
  }

  /**
   * Resolves true once no write of `which` is left, false as soon as one cannot be sent (a
   * conflict, a refusal, a failed attempt; or being offline, with `failOffline`).
   */
  private whenSent(
    which: (write: PendingWrite) => boolean,
    failOffline: boolean,
  ): Promise<boolean> {
    return new Promise((resolve) => {
      const check = () => {
        const left = [...this.writes.values()].filter(which);
        if (left.length === 0) return done(true);
        if (failOffline && !this.online) return done(false);
        if (left.some((w) => w.state !== 'pending' || w.attempts > 0)) return done(false);
      };
      const unsubscribe = this.subscribe(check);
      const done = (result: boolean) => {
        unsubscribe();
        resolve(result);
      };
      check();
    });
  }

  /** Tells the queue whether the browser is online: back online, everything is retried at once. */
  setOnline(online: boolean): void {
    this.online = online;
    if (online) {
      for (const write of this.writes.values()) {
        write.attempts = 0;
        write.dueAt = Math.min(write.dueAt, this.now());
      }
    }
    this.changed();
  }

  private changed(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
    this.schedule();
  }

  private buildSnapshot(): QueueSnapshot {
    return { writes: [...this.writes.values()], saving: this.saving, online: this.online };
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // Offline, nothing is tried: requests would fail before leaving, and back online
    // (setOnline) everything is sent at once.
    if (this.pumping || this.stopped || !this.online) return;
    const due = [...this.writes.values()].filter((w) => w.state === 'pending');
    if (due.length === 0) return;
    const next = Math.min(...due.map((w) => w.dueAt));
    this.timer = setTimeout(() => void this.pump(), Math.max(0, next - this.now()));
  }

  /** Sends due writes one at a time: the order of a user's edits is the order the server sees. */
  private async pump(): Promise<void> {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    try {
      for (;;) {
        const write = [...this.writes.values()]
          .filter((w) => w.state === 'pending' && w.dueAt <= this.now())
          .sort((a, b) => a.dueAt - b.dueAt)[0];
        if (!write || this.stopped || !this.online) break;
        await this.send(write);
      }
    } finally {
      this.pumping = false;
      this.schedule();
    }
  }

  private async send(queued: PendingWrite): Promise<void> {
    await this.exclusive(async () => {
      const write = await this.reconcile(queued);
      if (write && write.state === 'pending') await this.sendNow(write);
    });
  }

  /**
   * The write as the user's tabs hold it now, read under the lock: gone when another tab saved it
   * (or the user signed out), the stored one when another tab changed it since.
   */
  private async reconcile(write: PendingWrite): Promise<PendingWrite | undefined> {
    const current = this.writes.get(write.id);
    if (!current) return undefined;
    // An edit made in this tab (or a write it has started sending) is its own: it goes out,
    // and if another tab saved the same answer first, the two meet as a conflict. Only a copy
    // loaded from the store defers to the store.
    const loadedAt = this.loaded.get(write.id);
    if (loadedAt === undefined || (current.changedAt ?? 0) !== loadedAt) return current;
    let stored: PendingWrite | undefined;
    try {
      stored = await this.options.storage.get(write.id);
    } catch {
      return current; // No storage (private mode): this tab's memory is all there is.
    }
    if (!stored) {
      // Another tab sent it (or the user signed out there).
      this.loaded.delete(write.id);
      this.writes.delete(write.id);
      this.changed();
      return undefined;
    }
    if ((stored.changedAt ?? 0) <= loadedAt) return current;
    const adopted: PendingWrite = { ...stored, dueAt: current.dueAt };
    this.loaded.set(write.id, adopted.changedAt ?? 0);
    this.writes.set(write.id, adopted);
    this.changed();
    return adopted;
  }

  /**
   * The same user saved in another tab: with no edit of its own waiting, this tab shows that
   * value (the user changed it, just elsewhere); with one, the two versions meet as a conflict
   * when this tab's edit is sent, and the user chooses. A copy of the same edit is dropped.
   */
  private savedElsewhere({ saved, body }: CrossTabSaved): void {
    const id = writeId(saved.target);
    const current = this.writes.get(id);
    if (!current) {
      this.emitSaved(saved, true);
      return;
    }
    if (!current.inFlight && sameBody(current.desired, body)) {
      this.emitSaved(saved, false);
      this.writes.delete(id);
      this.changed();
    }
  }

  private async sendNow(write: PendingWrite): Promise<void> {
    const inFlight = write.inFlight ?? { body: write.desired, key: this.newKey() };
    write.inFlight = inFlight;
    // The key is stored before the request leaves: after a reload the retry reuses it.
    await this.persist(write);
    this.setSaving(true);
    try {
      const result = await this.options.transport.send(
        write.target,
        inFlight.body,
        write.baseVersion,
        inFlight.key,
      );
      const current = this.writes.get(write.id) ?? write;
      this.emitSaved({ target: write.target, result }, false);
      this.options.crossTab?.post({ saved: { target: write.target, result }, body: inFlight.body });
      if (sameBody(current.desired, inFlight.body) && current.state === 'pending') {
        this.remove(current);
      } else {
        // Edited while the request was out: send the newer value on top of the saved version.
        this.update(current, { baseVersion: result.version, inFlight: null, attempts: 0 });
      }
    } catch (error) {
      const failure =
        error instanceof WriteFailure
          ? error
          : new WriteFailure('transient', error instanceof Error ? error.message : String(error));
      const current = this.writes.get(write.id) ?? write;
      if (failure.kind === 'transient') {
        const attempts = current.attempts + 1;
        this.update(current, {
          attempts,
          error: failure.message,
          dueAt: this.now() + this.backoffMs(attempts),
          // Never sent: the next attempt may carry the newest value under a new key.
          ...(failure.notSent ? { inFlight: null } : {}),
        });
      } else if (failure.kind === 'conflict') {
        this.update(current, {
          state: 'conflict',
          server: failure.server,
          inFlight: null,
          error: failure.message,
        });
      } else {
        this.update(current, { state: 'failed', inFlight: null, error: failure.message });
      }
    } finally {
      this.setSaving(false);
    }
  }

  private update(write: PendingWrite, patch: Partial<PendingWrite>): void {
    const next = { ...write, ...patch, changedAt: this.now() };
    this.writes.set(write.id, next);
    void this.persist(next);
    this.changed();
  }

  private remove(write: PendingWrite): void {
    this.writes.delete(write.id);
    this.loaded.delete(write.id);
    void this.forget(write).catch(() => undefined);
    this.changed();
  }

  /** Deletes the stored copy, unless another tab has stored a newer edit of the target since. */
  private async forget(write: PendingWrite): Promise<void> {
    const stored = await this.options.storage.get(write.id);
    if (stored && (stored.changedAt ?? 0) > (write.changedAt ?? 0)) return;
    await this.options.storage.delete(write.id);
  }

  private persist(write: PendingWrite): Promise<void> {
    // Storage can fail (private mode, quota): the write still goes out from memory.
    return this.options.storage.put(write).catch(() => undefined);
  }

  private setSaving(saving: boolean): void {
    this.saving = saving;
    this.changed();
  }

  private emitSaved(saved: SavedWrite, authoritative: boolean): void {
    this.lastSaved.set(writeId(saved.target), saved);
    for (const listener of this.savedListeners) listener(saved, authoritative);
  }
}
