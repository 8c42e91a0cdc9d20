import { EmailMessage, EmailOutboxItem } from '@calibrate/contracts';

import { EmailListRow, EmailRow } from './email-outbox.repository';

export function toEmailOutboxItem(row: EmailListRow): EmailOutboxItem {
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    attachmentNames: row.attachment_names,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    // Only a queued e-mail has a next attempt.
    nextAttemptAt: row.status === 'queued' ? row.next_attempt_at.toISOString() : null,
  };
}

export function toEmailMessage(row: EmailRow): EmailMessage {
  return {
    ...toEmailOutboxItem(row),
    textBody: row.text_body,
    htmlBody: row.html_body,
    attachments: row.attachments,
  };
}
