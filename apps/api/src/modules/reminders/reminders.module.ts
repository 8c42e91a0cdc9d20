import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { RemindersController } from './reminders.controller';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

/** Feedback on time: the due-finder's reminders and escalations, and reminders sent by hand. */
@Module({
  imports: [NotificationsModule],
  controllers: [RemindersController],
  providers: [RemindersService, RemindersRepository],
  exports: [RemindersService],
})
export class RemindersModule {}
