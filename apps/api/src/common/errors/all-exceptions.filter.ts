import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';

import { AppException } from './app-exception';
import { toErrorBody } from './to-error-body';

/** The one place where errors become responses: every non-2xx body has the contracts' shape. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { body, unexpected } = toErrorBody(exception, String(request.id));
    if (unexpected) {
      request.log.error({ err: exception }, 'request failed');
    } else if (body.code === 'DATABASE_UNAVAILABLE') {
      request.log.warn(
        { code: body.code, cause: exception instanceof Error ? exception.message : undefined },
        'database unavailable',
      );
    } else {
      request.log.info({ code: body.code, statusCode: body.statusCode }, 'request refused');
    }
    if (reply.sent) {
      this.logger.warn(`Error after the response was sent (request ${body.requestId})`);
      return;
    }
    if (exception instanceof AppException) void reply.headers(exception.headers);
    // A database outage is usually short: clients may retry after a moment.
    if (body.code === 'DATABASE_UNAVAILABLE') void reply.header('retry-after', '5');
    void reply.status(body.statusCode).send(body);
  }
}
