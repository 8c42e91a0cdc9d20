import {
  NotificationPage,
  NotificationPreferences,
  NotificationsQuery,
  UnreadCount,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { decodeCursor, encodeCursor } from '../../common/pagination/keyset-cursor';
import { NotificationsRepository } from './notifications.repository';

/** The signed-in user's own notifications: nobody reads or marks another's. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  async list(userId: string, query: NotificationsQuery): Promise<NotificationPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const [rows, unreadCount] = await Promise.all([
      this.repository.findPage(userId, after, query.limit),
      this.repository.countUnread(userId),
    ]);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        body: row.body,
        link: row.link,
        scorecardId: row.scorecard_id,
        createdAt: row.created_at.toISOString(),
        readAt: row.read_at?.toISOString() ?? null,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ at: last.cursor_created_at, id: last.id })
          : null,
      unreadCount,
    };
  }

  async markRead(userId: string, id: string): Promise<UnreadCount> {
    // Another user's notification is "not found", not "forbidden": its existence is not told.
    if (!(await this.repository.markRead(userId, id))) throw new AppException('NOT_FOUND');
    return { unreadCount: await this.repository.countUnread(userId) };
  }

  async markAllRead(userId: string): Promise<UnreadCount> {
    await this.repository.markAllRead(userId);
    return { unreadCount: 0 };
  }

  preferences(userId: string): Promise<NotificationPreferences> {
    return this.repository.findPreferences(userId);
  }

  savePreferences(
    userId: string,
    preferences: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    return this.repository.savePreferences(userId, preferences);
  }
}
