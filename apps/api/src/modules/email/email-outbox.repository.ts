import { EmailAttachment, EmailKind, EmailOutboxQuery, EmailStatus } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { cursorTimestampSql, TimeCursor } from '../../common/pagination/keyset-cursor';
import { queryOne, queryRows, Sql } from '../../database/sql';

/** One e-mail to write to the outbox. */
export interface NewEmail {
  /** Unique per logical message: a second write of the same one is a no-op. */
  idempotencyKey: string;
  kind: EmailKind;
  userId: string | null;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody?: string | null;
  attachments?: EmailAttachment[];
}

export interface EmailListRow {
  id: string;
  kind: EmailKind;
  recipient: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  last_error: string | null;
  attachment_names: string[];
  created_at: Date;
  sent_at: Date | null;
  next_attempt_at: Date;
  cursor_created_at: string;
}

export interface EmailRow extends EmailListRow {
  idempotency_key: string;
  text_body: string;
  html_body: string | null;
  attachments: EmailAttachment[];
}

const listColumns = `id, kind, recipient, subject, status, attempts, last_error,
  ARRAY(SELECT a ->> 'filename' FROM jsonb_array_elements(attachments) a) AS attachment_names,
  created_at, sent_at, next_attempt_at, ${cursorTimestampSql('created_at')} AS cursor_created_at`;

/**
 * The outbox's SQL. Writers pass their own transaction (the mail commits with its event); the
 * sender claims due rows with a lease: taking a row moves its `next_attempt_at` past the lease
 * and counts the attempt, so another instance (or this one after a crash) takes it again only
 * once the lease has run out, and marking it sent checks the attempt it claimed.
 */
@Injectable()
export class EmailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the e-mails on `db` (the caller's transaction); returns how many were new. */
  async enqueue(db: Sql, emails: NewEmail[]): Promise<number> {
    if (emails.length === 0) return 0;
    const rows = await queryRows<{ id: string }>(
      db,
      `INSERT INTO email_outbox (idempotency_key, kind, user_id, recipient, subject, text_body, html_body, attachments)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                            $7::text[], $8::jsonb[])
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id`,
      [
        emails.map((e) => e.idempotencyKey),
        emails.map((e) => e.kind),
        emails.map((e) => e.userId),
        emails.map((e) => e.recipient),
        emails.map((e) => e.subject),
        emails.map((e) => e.textBody),
        emails.map((e) => e.htmlBody ?? null),
        emails.map((e) => JSON.stringify(e.attachments ?? [])),
      ],
    );
    return rows.length;
  }

  /**
   * Takes up to `limit` queued e-mails due by `now` (others skip rows one instance holds), counts
   * the attempt and leases them for `leaseSeconds`. One statement: the claim commits at once.
   */
  claimDue(now: Date, limit: number, leaseSeconds: number): Promise<EmailRow[]> {
    return queryRows(
      this.dataSource.manager,
      `UPDATE email_outbox o
          SET attempts = o.attempts + 1,
              next_attempt_at = $1::timestamptz + $3::int * interval '1 second'
         FROM (SELECT id FROM email_outbox
                WHERE status = 'queued' AND next_attempt_at <= $1
                ORDER BY next_attempt_at, id
                LIMIT $2
                  FOR UPDATE SKIP LOCKED) due
        WHERE o.id = due.id
        RETURNING o.id, o.idempotency_key, o.kind, o.recipient, o.subject, o.text_body, o.html_body,
                  o.attachments, o.status, o.attempts, o.last_error, o.created_at, o.sent_at,
                  o.next_attempt_at, '{}'::text[] AS attachment_names, '' AS cursor_created_at`,
      [now, limit, leaseSeconds],
    );
  }

  /** Sent: only if this claim (its attempt) still holds the row. */
  async markSent(id: string, attempt: number): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `UPDATE email_outbox SET status = 'sent', sent_at = now(), last_error = NULL
        WHERE id = $1 AND attempts = $2 AND status = 'queued' RETURNING id`,
      [id, attempt],
    );
    return rows.length > 0;
  }

  /** Not sent: queued again for `retryAt`, or failed for good when `retryAt` is null. */
  async markNotSent(
    id: string,
    attempt: number,
    error: string,
    retryAt: Date | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_outbox
          SET status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'queued' END,
              next_attempt_at = COALESCE($4::timestamptz, next_attempt_at),
              last_error = left($3, 1000)
        WHERE id = $1 AND attempts = $2 AND status = 'queued'`,
      [id, attempt, error, retryAt],
    );
  }

  /** Newest first, `limit + 1` rows after the cursor, of one status if given. */
  findPage(query: EmailOutboxQuery, after: TimeCursor | null): Promise<EmailListRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT ${listColumns}
         FROM email_outbox
        WHERE ($1::text IS NULL OR status = $1)
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      [query.status ?? null, after?.at ?? null, after?.id ?? null, query.limit + 1],
    );
  }

  findOne(id: string): Promise<EmailRow | undefined> {
    return queryOne(
      this.dataSource.manager,
      `SELECT ${listColumns}, idempotency_key, text_body, html_body, attachments
         FROM email_outbox WHERE id = $1`,
      [id],
    );
  }
}
