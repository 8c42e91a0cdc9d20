import {
  notificationPageSchema,
  notificationPreferencesSchema,
  notificationsQuerySchema,
  unreadCountSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

import { CurrentUser } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { NotificationsService } from './notifications.service';

class NotificationsQueryDto extends createZodDto(notificationsQuerySchema) {}
class NotificationPageDto extends createZodDto(notificationPageSchema) {}
class UnreadCountDto extends createZodDto(unreadCountSchema) {}
class NotificationPreferencesDto extends createZodDto(notificationPreferencesSchema) {}
class NotificationIdParamsDto extends createZodDto(z.object({ notificationId: z.uuid() })) {}

/** Every signed-in user's own notifications (the bell) and how they want to be notified. */
@ApiTags('notifications')
@Controller({ version: '1' })
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Newest first, keyset-paged, with the unread count. */
  @Get('notifications')
  @ZodResponse({ type: NotificationPageDto })
  @ApiOperation({ summary: 'List the signed-in user’s notifications' })
  list(@Query() query: NotificationsQueryDto, @CurrentUser() user: SessionUser) {
    return this.notifications.list(user.id, query);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @ZodResponse({ type: UnreadCountDto })
  @ApiOperation({ summary: 'Mark every notification read' })
  readAll(@CurrentUser() user: SessionUser) {
    return this.notifications.markAllRead(user.id);
  }

  @Post('notifications/:notificationId/read')
  @HttpCode(200)
  @ZodResponse({ type: UnreadCountDto })
  @ApiOperation({ summary: 'Mark a notification read' })
  @ApiErrors('NOT_FOUND')
  read(@Param() params: NotificationIdParamsDto, @CurrentUser() user: SessionUser) {
    return this.notifications.markRead(user.id, params.notificationId);
  }

  @Get('notification-preferences')
  @ZodResponse({ type: NotificationPreferencesDto })
  @ApiOperation({ summary: 'Get the notification preferences' })
  preferences(@CurrentUser() user: SessionUser) {
    return this.notifications.preferences(user.id);
  }

  @Put('notification-preferences')
  @ZodResponse({ type: NotificationPreferencesDto })
  @ApiOperation({ summary: 'Save the notification preferences' })
  savePreferences(@Body() body: NotificationPreferencesDto, @CurrentUser() user: SessionUser) {
    return this.notifications.savePreferences(user.id, body);
  }
}
