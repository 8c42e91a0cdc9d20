import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { DailyDigestRepository } from './daily-digest.repository';
import { DailyDigestService } from './daily-digest.service';
import { RemindersController } from './reminders.controller';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';
import { RoundRemindersRepository } from './round-reminders.repository';
import { RoundRemindersService } from './round-reminders.service';

/**
 * Feedback on time: the due-finder's reminders and escalations, reminders sent by hand, the
 * panel's reminders before a round, and the daily digest.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [RemindersController],
  providers: [
    RemindersService,
    RemindersRepository,
    RoundRemindersService,
    RoundRemindersRepository,
    DailyDigestService,
    DailyDigestRepository,
  ],
  exports: [RemindersService],
})
export class RemindersModule {}
