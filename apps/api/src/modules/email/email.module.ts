import { Global, Module } from '@nestjs/common';

import { EmailOutboxController } from './email-outbox.controller';
import { EmailOutboxRepository } from './email-outbox.repository';
import { EmailOutboxService } from './email-outbox.service';
import { EmailSender } from './email-sender.service';
import { RoundInvitationsRepository } from './round-invitations.repository';
import { RoundInvitations } from './round-invitations.service';

/**
 * E-mail: the outbox, written with the event it tells of, and the job that sends it over SMTP.
 * Global, like the job queue: whatever module writes mail (notifications, interviews, reminders)
 * injects the outbox without a module import that would run both ways.
 */
@Global()
@Module({
  controllers: [EmailOutboxController],
  providers: [
    EmailOutboxRepository,
    EmailOutboxService,
    EmailSender,
    RoundInvitationsRepository,
    RoundInvitations,
  ],
  exports: [EmailOutboxRepository, EmailSender, RoundInvitations],
})
export class EmailModule {}
