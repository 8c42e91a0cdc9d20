import { roundIdParamsSchema, roundProgressSchema } from '@calibrate/contracts';
import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { AccessService } from '../access/access.service';
import { SESSION_COOKIE } from '../auth/session-cookies';
import { hashSessionId } from '../auth/sessions.repository';
import { LiveEventsHub } from './live-events.hub';
import { LiveEventsService } from './live-events.service';

class RoundParamsDto extends createZodDto(roundIdParamsSchema) {}
class RoundProgressDto extends createZodDto(roundProgressSchema) {}

/** An event id as the stream gives them out; anything else is treated as "no id". */
const eventId = /^\d{1,18}$/;
/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3000;

@ApiTags('live')
@Controller({ version: '1' })
export class LiveEventsController {
  constructor(
    private readonly hub: LiveEventsHub,
    private readonly live: LiveEventsService,
    private readonly access: AccessService,
  ) {}

  private readonly logger = new Logger(LiveEventsController.name);

  /**
   * Server-sent events for the signed-in user: panel progress, submissions, round and stage
   * changes they may see, as ids and counts (never ratings). Reconnect with Last-Event-ID to get
   * what was missed; `event: resync` says to refetch everything instead.
   */
  @Get('events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'A stream of `id`, `event` and `data` lines (JSON of the live event contracts).',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Stream live events (server-sent events)' })
  async events(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The header when the browser reconnects by itself; the query when the page opens a new
    // EventSource after a refused one (it cannot set the header).
    const header = request.headers['last-event-id'];
    const query = (request.query as { lastEventId?: unknown }).lastEventId;
    const lastEventId = [header, query].find(
      (value): value is string => typeof value === 'string' && eventId.test(value),
    );
    // The stream is written by hand: Fastify must not answer the request itself. Its hooks have
    // already set the security and no-store headers on the reply; they go out with the head.
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // nginx would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: ${RETRY_MS}\n\n`);
    let closed = false;
    let close = () => undefined as void;
    const end = () => {
      if (closed) return;
      closed = true;
      close();
      raw.end();
    };
    // The response closes when the client hangs up (or the server ends it).
    raw.on('close', end);
    raw.on('error', end);
    try {
      close = await this.hub.open(
        {
          user: { id: user.id, role: user.role },
          sessionIdHash: hashSessionId(request.cookies[SESSION_COOKIE] ?? ''),
          write: (chunk) => {
            if (!closed) raw.write(chunk);
          },
          end,
        },
        lastEventId,
      );
    } catch (error) {
      // The head is sent: all that is left is to hang up; the browser reconnects.
      this.logger.warn(`Live events stream not opened: ${String(error)}`);
      end();
      return;
    }
    if (closed) close();
  }

  /** Each panel member's progress on a round: whoever may see the round (else 404). */
  @Get('interview-rounds/:roundId/progress')
  @ZodResponse({ type: RoundProgressDto })
  @ApiOperation({ summary: 'Get a round’s panel progress' })
  @ApiErrors('NOT_FOUND')
  async progress(@Param() params: RoundParamsDto, @CurrentUser() user: SessionUser) {
    await this.access.round(user, params.roundId);
    return this.live.roundProgress(params.roundId);
  }
}
