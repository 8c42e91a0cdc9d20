import { RoundProgress } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { LiveEventsRepository } from './live-events.repository';

@Injectable()
export class LiveEventsService {
  constructor(private readonly events: LiveEventsRepository) {}

  /** Who has started, how many questions each answered, who submitted: never a rating. */
  async roundProgress(roundId: string): Promise<RoundProgress> {
    const row = await this.events.roundProgress(roundId);
    if (!row)
      throw new AppException('NOT_FOUND', undefined, 'This interview round does not exist.');
    return {
      roundId,
      roundStatus: row.round_status as RoundProgress['roundStatus'],
      panel: row.panel.map((member) => ({
        scorecardId: member.scorecard_id,
        interviewerId: member.interviewer_id,
        interviewerName: member.interviewer_name,
        status: member.status as RoundProgress['panel'][number]['status'],
        answered: member.answered,
        questions: member.questions,
      })),
    };
  }
}
