import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { Sql } from '../../database/sql';
import { EmailOutboxRepository, NewEmail } from './email-outbox.repository';
import { formatWhen, mailboxAddress } from './email-text';
import { buildIcs } from './ics';
import { InvitationRow, RoundInvitationsRepository } from './round-invitations.repository';

/** Rounds have no length of their own yet: the calendar blocks an hour. */
export const ROUND_LENGTH_MINUTES = 60;

export interface RoundState {
  status: string;
  scheduledAt: string;
}

/**
 * Round invitations: each panel member gets an e-mail with an iCalendar invitation when a round
 * is scheduled, an update when it moves and a cancellation when it is cancelled, written to the
 * outbox in the transaction that changed the round. Invitations go out whatever the notification
 * preferences say: they are the appointment itself, not a notice about one.
 *
 * The calendar UID is the round's, and the SEQUENCE its version (bumped by every change), so a
 * calendar replaces the event it holds; the idempotency key (round, interviewer, version) makes
 * a retried transaction write each invitation once.
 */
@Injectable()
export class RoundInvitations {
  constructor(
    private readonly rounds: RoundInvitationsRepository,
    private readonly outbox: EmailOutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new round: an invitation to each of its panel. */
  async roundScheduled(db: Sql, roundId: string): Promise<void> {
    await this.write(db, roundId, 'scheduled');
  }

  /** A changed round: an update when it moved, a cancellation when it was cancelled. */
  async roundUpdated(db: Sql, roundId: string, before: RoundState, after: RoundState) {
    if (after.status === 'cancelled' && before.status !== 'cancelled') {
      await this.write(db, roundId, 'cancelled');
    } else if (
      after.status === 'scheduled' &&
      new Date(after.scheduledAt).getTime() !== new Date(before.scheduledAt).getTime()
    ) {
      await this.write(db, roundId, 'moved');
    }
  }

  private async write(db: Sql, roundId: string, change: 'scheduled' | 'moved' | 'cancelled') {
    const panel = await this.rounds.findPanel(db, roundId);
    await this.outbox.enqueue(
      db,
      panel.map((row) => this.invitation(row, change)),
    );
  }

  private invitation(row: InvitationRow, change: 'scheduled' | 'moved' | 'cancelled'): NewEmail {
    const { appUrl, from } = this.config.email;
    const scorecardUrl = `${appUrl}/interviews/${row.scorecard_id}`;
    const start = row.scheduled_at;
    const end = new Date(start.getTime() + ROUND_LENGTH_MINUTES * 60_000);
    const what = `${row.round_name} with ${row.candidate_name}`;
    const when = formatWhen(start);
    const cancelled = change === 'cancelled';
    const subject = {
      scheduled: `Interview: ${what}, ${when}`,
      moved: `Moved: ${what}, now ${when}`,
      cancelled: `Cancelled: ${what}, ${when}`,
    }[change];
    const lead = {
      scheduled: `You are on the panel of ${what} for ${row.job_title}, ${when}.`,
      moved: `${what} for ${row.job_title} has moved to ${when}.`,
      cancelled: `${what} for ${row.job_title}, ${when}, is cancelled.`,
    }[change];
    const ics = buildIcs({
      method: cancelled ? 'CANCEL' : 'REQUEST',
      uid: `round-${row.round_id}@calibrate`,
      sequence: Math.max(0, row.round_version - 1),
      stamp: new Date(),
      start,
      end,
      summary: `Interview: ${what}`,
      description: `${row.round_name} with ${row.candidate_name} for ${row.job_title}.\nScorecard: ${scorecardUrl}`,
      url: scorecardUrl,
      organizer: { name: 'Calibrate', email: mailboxAddress(from) },
      attendees: [{ name: row.interviewer_name, email: row.interviewer_email }],
    });
    return {
      idempotencyKey: `invitation:${row.round_id}:${row.interviewer_id}:${row.round_version}`,
      kind: 'invitation',
      userId: row.interviewer_id,
      recipient: row.interviewer_email,
      subject,
      textBody: cancelled
        ? `${lead}\n\nThe attached calendar file removes it from your calendar.\n`
        : `${lead}\n\nYour scorecard: ${scorecardUrl}\n\nThe attached calendar file adds it to your calendar.\n`,
      attachments: [
        {
          filename: cancelled ? 'cancel.ics' : 'invite.ics',
          contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
          content: ics,
        },
      ],
    };
  }
}
