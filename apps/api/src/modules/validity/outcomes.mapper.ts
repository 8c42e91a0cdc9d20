import { CandidateOutcomes, RecordOutcomes } from '@calibrate/contracts';

import { OutcomesRow } from './outcomes.repository';

export function toCandidateOutcomes(row: OutcomesRow): CandidateOutcomes {
  return {
    candidateId: row.candidate_id,
    ...toRecordedFigures(row),
    recordedAt: row.recorded_at ? row.recorded_at.toISOString() : null,
    recordedBy:
      row.recorded_by_id && row.recorded_by_name
        ? { id: row.recorded_by_id, name: row.recorded_by_name }
        : null,
  };
}

/** The figures alone, as the audit trail keeps them before and after a change. */
export function toRecordedFigures(row: OutcomesRow): RecordOutcomes {
  return {
    nestingQaScore: row.nesting_qa_score,
    averageHandleTimeSeconds: row.average_handle_time_seconds,
    firstContactResolutionPercent: row.first_contact_resolution_percent,
    csatPercent: row.csat_percent,
    employedAt30Days: row.employed_at_30_days,
    employedAt90Days: row.employed_at_90_days,
  };
}
