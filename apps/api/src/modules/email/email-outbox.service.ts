import { EmailMessage, EmailOutboxPage, EmailOutboxQuery } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { decodeCursor, encodeCursor } from '../../common/pagination/keyset-cursor';
import { toEmailMessage, toEmailOutboxItem } from './email-outbox.mapper';
import { EmailOutboxRepository } from './email-outbox.repository';
import { EmailSender } from './email-sender.service';

/** The outbox as admins read it: what was (or would be) sent, and whether SMTP is set up. */
@Injectable()
export class EmailOutboxService {
  constructor(
    private readonly repository: EmailOutboxRepository,
    private readonly sender: EmailSender,
  ) {}

  async list(query: EmailOutboxQuery): Promise<EmailOutboxPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.repository.findPage(query, after);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toEmailOutboxItem),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ at: last.cursor_created_at, id: last.id })
          : null,
      smtpConfigured: this.sender.smtpConfigured,
    };
  }

  async get(id: string): Promise<EmailMessage> {
    const row = await this.repository.findOne(id);
    if (!row) throw new AppException('NOT_FOUND', undefined, 'No e-mail has this id.');
    return toEmailMessage(row);
  }
}
