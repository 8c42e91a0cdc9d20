import {
  can,
  LIVE_RESYNC_EVENT,
  LIVE_SESSION_ENDED_EVENT,
  LiveEvent,
  liveEventSchema,
  UserRole,
} from '@calibrate/contracts';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import {
  LIVE_CHANNEL,
  LiveEventBatch,
  LiveEventRow,
  LiveEventsRepository,
} from './live-events.repository';

/** One open event stream: who it is for and how to write to it. */
export interface LiveStream {
  user: { id: string; role: UserRole };
  sessionIdHash: string;
  write(chunk: string): void;
  end(): void;
}

interface StreamState {
  stream: LiveStream;
  /** While the missed events are being replayed, live ones wait here (already filtered). */
  pending?: LiveEventRow[];
}

/** Replayed at most; a client further behind is told to refetch everything instead. */
const REPLAY_LIMIT = 500;
const PRUNE_EVERY_MS = 60_000;
const RELISTEN_AFTER_MS = 1000;

/**
 * The live events of this API instance: one dedicated PostgreSQL connection LISTENs for every
 * instance's events and hands each to the streams opened here whose user may see it. Streams get
 * a comment every `heartbeatMs` (proxies and the socket idle timeout would close a silent one),
 * and their session is checked again then: a stream ends with its session.
 */
@Injectable()
export class LiveEventsHub implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: LiveEventsRepository,
  ) {
    const idle = config.http.idleTimeoutMs;
    this.heartbeatMs = Math.min(25_000, idle > 0 ? Math.floor(idle / 2) : 25_000);
  }

  /** Below the socket idle timeout, so a quiet stream is never cut; tests shorten it. */
  heartbeatMs: number;
  private readonly logger = new Logger(LiveEventsHub.name);
  private readonly streams = new Set<StreamState>();
  private listener?: Client;
  private closing = false;
  /** The newest event handed out here: after a dropped LISTEN connection, catch up from it. */
  private lastId = 0n;
  /** Events are handed out one at a time, in the order they were committed. */
  private queue: Promise<void> = Promise.resolve();
  private heartbeatTimer?: NodeJS.Timeout;
  private pruneTimer?: NodeJS.Timeout;

  async onApplicationBootstrap(): Promise<void> {
    this.lastId = BigInt(await this.events.latestId());
    await this.listen();
    this.scheduleHeartbeat();
    this.pruneTimer = setInterval(() => {
      this.events
        .prune()
        .catch((error: unknown) => this.logger.warn(`Prune failed: ${String(error)}`));
    }, PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearTimeout(this.heartbeatTimer);
    clearInterval(this.pruneTimer);
    for (const state of this.streams) state.stream.end();
    this.streams.clear();
    await this.listener?.end().catch(() => undefined);
  }

  /** Streams open on this instance (for tests and the benchmark). */
  get openStreams(): number {
    return this.streams.size;
  }

  /**
   * Starts handing events to a stream; with `lastEventId`, first those it missed (that its user
   * may see), or a resync when they are no longer all kept. Returns the stream's close.
   */
  async open(stream: LiveStream, lastEventId?: string): Promise<() => void> {
    const state: StreamState = { stream, pending: lastEventId ? [] : undefined };
    this.streams.add(state);
    const close = () => {
      this.streams.delete(state);
    };
    if (!lastEventId) return close;
    try {
      let sentUpTo = BigInt(lastEventId);
      const { rows, gap } = await this.events.replay(stream.user, lastEventId, REPLAY_LIMIT);
      if (gap || rows.length === REPLAY_LIMIT) {
        stream.write(`event: ${LIVE_RESYNC_EVENT}\ndata: {}\n\n`);
      } else {
        for (const row of rows) {
          stream.write(toWire(row));
          sentUpTo = BigInt(row.id);
        }
      }
      for (const row of state.pending ?? []) {
        if (BigInt(row.id) > sentUpTo) stream.write(toWire(row));
      }
    } catch (error) {
      close();
      throw error;
    } finally {
      state.pending = undefined;
    }
    return close;
  }

  private async listen(): Promise<void> {
    // Its own connection, outside TypeORM's pool: a LISTEN holds it for the instance's lifetime.
    const { url } = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: url, application_name: 'calibrate-live' });
    client.on('notification', (message: Notification) => this.received(message));
    client.on('error', (error) => {
      this.logger.warn(`Live events connection lost: ${error.message}`);
      this.relisten(client);
    });
    client.on('end', () => this.relisten(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.listener = client;
  }

  /** A new LISTEN connection, then whatever was committed while there was none. */
  private relisten(dropped: Client): void {
    if (this.closing || this.listener !== dropped) return;
    this.listener = undefined;
    const retry = () => {
      if (this.closing) return;
      this.listen()
        .then(() => {
          this.queue = this.queue.then(() => this.catchUp());
        })
        .catch((error: unknown) => {
          this.logger.warn(`Live events not listening yet: ${String(error)}`);
          setTimeout(retry, RELISTEN_AFTER_MS).unref();
        });
    };
    setTimeout(retry, RELISTEN_AFTER_MS).unref();
  }

  /**
   * What was committed after the last event handed out. (A transaction that took a smaller id and
   * committed during the outage is not found by id; it shows at the clients' next refetch.)
   */
  private async catchUp(): Promise<void> {
    const rows = await this.events.since(this.lastId.toString(), REPLAY_LIMIT);
    for (const row of rows) await this.dispatch(row);
  }

  private received(message: Notification): void {
    if (message.channel !== LIVE_CHANNEL || !message.payload) return;
    const parsed = JSON.parse(message.payload) as LiveEventRow | LiveEventBatch;
    if ('batch' in parsed) {
      this.queue = this.queue
        .then(() => this.dispatchBatch(parsed.batch))
        .catch((error: unknown) => this.logger.warn(`Live events not delivered: ${String(error)}`));
      return;
    }
    // No stream open here: nothing to check or write (an instance receives every instance's events).
    if (this.streams.size === 0) {
      this.noteId(parsed.id);
      return;
    }
    this.queue = this.queue
      .then(() => this.dispatch(parsed))
      .catch((error: unknown) => this.logger.warn(`Live event not delivered: ${String(error)}`));
  }

  private noteId(id: string): void {
    if (BigInt(id) > this.lastId) this.lastId = BigInt(id);
  }

  /**
   * A second's progress events of one instance: read in one query, their audience decided in
   * one more, whatever the number of events and streams.
   */
  private async dispatchBatch(ids: string[]): Promise<void> {
    const last = ids[ids.length - 1];
    if (this.streams.size === 0) {
      if (last) this.noteId(last);
      return;
    }
    const rows = await this.events.byIds(ids);
    if (last) this.noteId(last);
    const states = [...this.streams];
    const seeAll = states.filter((state) => can(state.stream.user.role, 'everything.see'));
    const others = states.filter((state) => !can(state.stream.user.role, 'everything.see'));
    const audience =
      others.length > 0
        ? await this.events.audienceOfRounds(
            rows.flatMap((row) => (row.round_id ? [{ id: row.id, roundId: row.round_id }] : [])),
            others.map((state) => state.stream.user),
          )
        : new Map<string, Set<string>>();
    // One write per stream for the whole batch, not one per event and stream (a second's 200
    // progress events to 50 recruiters' streams would be 10,000 socket writes).
    const wires = new Map(rows.map((row) => [row.id, toWire(row)]));
    const everyWire = [...wires.values()].join('');
    const deliver = (state: StreamState, visible: LiveEventRow[], wire: string) => {
      if (visible.length === 0) return;
      if (state.pending) state.pending.push(...visible);
      else state.stream.write(wire);
    };
    for (const state of seeAll) deliver(state, rows, everyWire);
    for (const state of others) {
      const viewer = state.stream.user.id;
      const visible = rows.filter((row) => audience.get(row.id)?.has(viewer));
      deliver(state, visible, visible.map((row) => wires.get(row.id)).join(''));
    }
  }

  /** Hands one event to the streams whose user may see it: one access query, whatever their number. */
  private async dispatch(row: LiveEventRow): Promise<void> {
    const id = BigInt(row.id);
    if (id > this.lastId) this.lastId = id;
    const states = [...this.streams];
    const seeAll = states.filter((state) => can(state.stream.user.role, 'everything.see'));
    const others = states.filter((state) => !can(state.stream.user.role, 'everything.see'));
    const audience =
      others.length > 0
        ? await this.events.audienceOf(
            row,
            others.map((state) => state.stream.user),
          )
        : new Set<string>();
    const wire = toWire(row);
    for (const state of [...seeAll, ...others.filter((s) => audience.has(s.stream.user.id))]) {
      if (state.pending) state.pending.push(row);
      else state.stream.write(wire);
    }
  }

  private scheduleHeartbeat(): void {
    this.heartbeatTimer = setTimeout(() => {
      this.heartbeat()
        .catch((error: unknown) => this.logger.warn(`Heartbeat failed: ${String(error)}`))
        .finally(() => {
          if (!this.closing) this.scheduleHeartbeat();
        });
    }, this.heartbeatMs);
    this.heartbeatTimer.unref();
  }

  /** A comment line on every stream, and the end of those whose session ended. */
  private async heartbeat(): Promise<void> {
    const states = [...this.streams];
    if (states.length === 0) return;
    const users = await this.events.sessionUsers(
      [...new Set(states.map((state) => state.stream.sessionIdHash))],
      this.config.sessionIdleMinutes,
    );
    for (const state of states) {
      const user = users.get(state.stream.sessionIdHash);
      if (!user || user.id !== state.stream.user.id) {
        state.stream.write(`event: ${LIVE_SESSION_ENDED_EVENT}\ndata: {}\n\n`);
        this.streams.delete(state);
        state.stream.end();
        continue;
      }
      // A changed role changes what the stream may receive from now on.
      state.stream.user.role = user.role;
      state.stream.write(`: keep-alive\n\n`);
    }
  }
}

/** The event as the contract has it: fields outside the contract never leave the server. */
export function toLiveEvent(row: LiveEventRow): LiveEvent {
  return liveEventSchema.parse({
    ...row.data,
    id: row.id,
    kind: row.kind,
    roundId: row.round_id ?? undefined,
    candidateId: row.candidate_id,
    jobId: row.job_id,
  });
}

function toWire(row: LiveEventRow): string {
  return `id: ${row.id}\ndata: ${JSON.stringify(toLiveEvent(row))}\n\n`;
}
