import { Global, Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookEventsPublisher } from './webhook-events.publisher';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: endpoints admins register, and signed deliveries of events with retries. Global (like
 * live events) so that the services whose changes are reported (candidates, interviews,
 * scorecards, calibration) can publish without each importing it.
 */
@Global()
@Module({
  imports: [NotificationsModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhooksRepository, WebhookDispatcher, WebhookEventsPublisher],
  exports: [WebhookEventsPublisher],
})
export class WebhooksModule {}
