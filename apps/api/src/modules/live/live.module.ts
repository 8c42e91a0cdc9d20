import { Global, Module } from '@nestjs/common';

import { LiveEventsController } from './live-events.controller';
import { LiveEventsHub } from './live-events.hub';
import { LiveEventsPublisher } from './live-events.publisher';
import { LiveEventsRepository } from './live-events.repository';
import { LiveEventsService } from './live-events.service';

/**
 * Live updates over server-sent events. Global so that the services whose changes others watch
 * (scorecards, candidates, interviews) can publish without importing it.
 */
@Global()
@Module({
  controllers: [LiveEventsController],
  providers: [LiveEventsHub, LiveEventsPublisher, LiveEventsRepository, LiveEventsService],
  exports: [LiveEventsPublisher],
})
export class LiveModule {}
