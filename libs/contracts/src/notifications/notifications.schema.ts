import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';

export const notificationKinds = [
  'reminder',
  'escalation',
  'manual_reminder',
  /** A round of the user's starts soon (the day before, the hour before). */
  'round_reminder',
  /** A webhook endpoint failed for a day and was disabled (to admins). */
  'webhook_disabled',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** Where the notification leads in the web app (a path such as `/interviews/<scorecardId>`). */
  link: z.string().nullable(),
  scorecardId: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuerySchema = pageQuerySchema;
export type NotificationsQuery = z.output<typeof notificationsQuerySchema>;

/** A page of the user's notifications, newest first, with how many are unread in all. */
export const notificationPageSchema = paginated(notificationSchema).extend({
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ unreadCount: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

export const notificationPreferencesSchema = z.object({
  inApp: z.boolean(),
  email: z.boolean(),
  dailyDigest: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** How often one scorecard may be reminded by hand. */
export const MANUAL_REMINDER_INTERVAL_MINUTES = 60;

export const remindInterviewerSchema = z.object({
  interviewerId: z.uuid(),
  jobId: z.uuid().optional(),
});
export type RemindInterviewer = z.infer<typeof remindInterviewerSchema>;

/** What a reminder sent by hand did. */
export const reminderSentSchema = z.object({
  /** The scorecards the reminder named. */
  scorecardIds: z.array(z.uuid()),
  remindedAt: z.iso.datetime({ offset: true }),
});
export type ReminderSent = z.infer<typeof reminderSentSchema>;
