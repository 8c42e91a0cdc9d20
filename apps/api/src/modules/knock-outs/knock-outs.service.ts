import {
  JobKnockOutWhatIf,
  JobKnockOutWhatIfQuery,
  RubricKnockOutWhatIf,
} from '@calibrate/contracts';
import { Inject, Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { KnockOutsRepository } from './knock-outs.repository';

/** What a knock-out rule would do before it applies: counted on the candidates already scored. */
@Injectable()
export class KnockOutsService {
  constructor(
    private readonly knockOuts: KnockOutsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rubricWhatIf(versionId: string): Promise<RubricKnockOutWhatIf> {
    if (!(await this.knockOuts.versionExists(versionId))) {
      throw new AppException('NOT_FOUND', undefined, 'This rubric version does not exist.');
    }
    const limit = this.config.knockOutWhatIfRounds;
    const rows = await this.knockOuts.rubricWhatIf(versionId, limit);
    const total = rows.find((row) => row.question_id === null);
    const roundsRead = total?.rounds_read ?? 0;
    return {
      candidatesRated: total?.candidates_rated ?? 0,
      knockedOut: total?.knocked_out ?? 0,
      roundsRead: Math.min(roundsRead, limit),
      olderRoundsLeftOut: roundsRead > limit,
      questions: rows
        .filter((row) => row.question_id !== null)
        .map((row) => ({
          questionId: row.question_id,
          lineageId: row.lineage_id,
          text: row.text,
          minRating: row.min_rating,
          candidatesRated: row.candidates_rated,
          knockedOut: row.knocked_out,
        })),
    };
  }

  async jobWhatIf(jobId: string, query: JobKnockOutWhatIfQuery): Promise<JobKnockOutWhatIf> {
    const row = await this.knockOuts.jobWhatIf(jobId, {
      minLanguageLevel: query.minLanguageLevel ?? null,
      requireShift: query.requireShift === 'true',
      minTypingWpm: query.minTypingWpm ?? null,
    });
    return {
      candidates: row.candidates,
      knockedOut: row.knocked_out,
      language: row.language,
      shift: row.shift,
      typing: row.typing,
    };
  }
}
