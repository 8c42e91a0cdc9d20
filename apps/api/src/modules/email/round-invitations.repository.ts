import { Injectable } from '@nestjs/common';

import { queryRows, Sql } from '../../database/sql';

/** One panel member of a round, with what their invitation says. */
export interface InvitationRow {
  round_id: string;
  round_name: string;
  scheduled_at: Date;
  round_version: number;
  job_title: string;
  candidate_name: string;
  interviewer_id: string;
  interviewer_name: string;
  interviewer_email: string;
  scorecard_id: string;
}

/** What a round's invitations need to know, read in the transaction that changed the round. */
@Injectable()
export class RoundInvitationsRepository {
  /** The round's panel (active users, scorecard not declined), on `db`. */
  findPanel(db: Sql, roundId: string): Promise<InvitationRow[]> {
    return queryRows(
      db,
      `SELECT r.id AS round_id, r.name AS round_name, r.scheduled_at, r.version AS round_version,
              j.title AS job_title, c.name AS candidate_name,
              u.id AS interviewer_id, u.name AS interviewer_name, u.email AS interviewer_email,
              s.id AS scorecard_id
         FROM interview_rounds r
         JOIN jobs j ON j.id = r.job_id
         JOIN candidates c ON c.id = r.candidate_id
         JOIN scorecards s ON s.round_id = r.id AND s.status <> 'declined'
         JOIN users u ON u.id = s.interviewer_id AND u.active
        WHERE r.id = $1
        ORDER BY u.name, u.id`,
      [roundId],
    );
  }
}
