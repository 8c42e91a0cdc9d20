import { z } from 'zod';

import { pageQuerySchema, paginated } from '../common/pagination.schema';

export const emailStatuses = ['queued', 'sent', 'failed'] as const;
export const emailStatusSchema = z.enum(emailStatuses);
export type EmailStatus = z.infer<typeof emailStatusSchema>;

export const emailKinds = ['notification', 'invitation', 'digest'] as const;
export const emailKindSchema = z.enum(emailKinds);
export type EmailKind = z.infer<typeof emailKindSchema>;

/** A file sent with an e-mail, kept as text (an iCalendar invitation, for one). */
export const emailAttachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  content: z.string(),
});
export type EmailAttachment = z.infer<typeof emailAttachmentSchema>;

/** One e-mail of the outbox as a row of the admin list (no body). */
export const emailOutboxItemSchema = z.object({
  id: z.uuid(),
  kind: emailKindSchema,
  recipient: z.string(),
  subject: z.string(),
  status: emailStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  attachmentNames: z.array(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  nextAttemptAt: z.iso.datetime({ offset: true }).nullable(),
});
export type EmailOutboxItem = z.infer<typeof emailOutboxItemSchema>;

/** One e-mail with everything it says. */
export const emailMessageSchema = emailOutboxItemSchema.extend({
  textBody: z.string(),
  htmlBody: z.string().nullable(),
  attachments: z.array(emailAttachmentSchema),
});
export type EmailMessage = z.infer<typeof emailMessageSchema>;

export const emailOutboxQuerySchema = pageQuerySchema.extend({
  status: emailStatusSchema.optional(),
});
export type EmailOutboxQuery = z.output<typeof emailOutboxQuerySchema>;

/**
 * A page of the outbox, newest first. `smtpConfigured` says whether the API sends mail at all
 * (without SMTP settings everything stays queued here); the settings themselves are never shown.
 */
export const emailOutboxPageSchema = paginated(emailOutboxItemSchema).extend({
  smtpConfigured: z.boolean(),
});
export type EmailOutboxPage = z.infer<typeof emailOutboxPageSchema>;

export const emailIdParamsSchema = z.object({ emailId: z.uuid() });
