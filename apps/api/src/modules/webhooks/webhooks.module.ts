import { Module } from '@nestjs/common';

/** Webhooks: endpoints admins register, and signed deliveries of events with retries. */
@Module({})
export class WebhooksModule {}
