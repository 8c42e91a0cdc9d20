import {
  outcomeDefinitions,
  OutcomeKey,
  outcomeKeys,
  VALIDITY_MIN_N,
  VALIDITY_MIN_USEFUL_R,
  ValidityFilters,
  ValidityPredictor,
  ValidityReport,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { AccessService } from '../access/access.service';
import { OutcomeInput, PredictorInput, validityTable } from './model';
import { ApplicantRow, LineageScoreRow, ValidityRepository } from './validity.repository';

const outcomeColumns: Record<OutcomeKey, (row: ApplicantRow) => number | boolean | null> = {
  nestingQaScore: (row) => row.nesting_qa_score,
  averageHandleTimeSeconds: (row) => row.average_handle_time_seconds,
  firstContactResolutionPercent: (row) => row.first_contact_resolution_percent,
  csatPercent: (row) => row.csat_percent,
  employedAt30Days: (row) => row.employed_at_30_days,
  employedAt90Days: (row) => row.employed_at_90_days,
};

const asNumber = (value: number | boolean | null): number =>
  value === null ? NaN : typeof value === 'boolean' ? Number(value) : value;

/**
 * Which interview scores predict what happens after the hire (issue 21): for the overall
 * corrected score, each category and each question of a rubric, its correlation with each
 * recorded outcome among hired candidates, beside the estimate corrected for range restriction
 * (only hired candidates have outcomes, and they were hired for high scores).
 */
@Injectable()
export class ValidityService {
  constructor(
    private readonly validity: ValidityRepository,
    private readonly access: AccessService,
  ) {}

  async report(viewer: SessionUser, filters: ValidityFilters): Promise<ValidityReport> {
    if (filters.jobId && viewer.role === 'hiring_manager') {
      await this.access.managedJob(viewer, filters.jobId);
    }
    const [options, rubricId] = await Promise.all([
      this.validity.findOptions(viewer),
      filters.rubricId
        ? Promise.resolve(filters.rubricId)
        : this.validity.findMostUsedRubric(viewer, filters),
    ]);
    const scope = {
      jobId: filters.jobId ?? null,
      site: filters.site ?? null,
      rubricId,
      rubricName: rubricId ? await this.validity.findRubricName(rubricId) : null,
    };
    const empty: ValidityReport = {
      scope,
      applicants: 0,
      hiredWithOutcomes: 0,
      minN: VALIDITY_MIN_N,
      outcomes: outcomeKeys.map((key) => ({ key, recorded: 0 })),
      predictors: [],
      cells: [],
      options: {
        jobs: options.jobs,
        sites: [...new Set(options.jobs.map((job) => job.site))].sort((a, b) => a.localeCompare(b)),
        rubrics: options.rubrics,
      },
    };
    if (!rubricId) return empty;

    const [applicants, categoryScores, questionScores, lineages] = await Promise.all([
      this.validity.findApplicants(viewer, filters, rubricId),
      this.validity.findCategoryScores(viewer, filters, rubricId),
      this.validity.findQuestionScores(viewer, filters, rubricId),
      this.validity.findLineages(rubricId),
    ]);
    const index = new Map(applicants.map((row, i) => [row.candidate_id, i]));
    const hired = applicants.flatMap((row, i) => (row.has_outcomes ? [i] : []));

    const outcomes: OutcomeInput[] = outcomeKeys.map((key) => ({
      key,
      kind: outcomeDefinitions[key].kind,
      higherIsBetter: outcomeDefinitions[key].higherIsBetter,
      values: Float64Array.from(hired, (i) => asNumber(outcomeColumns[key](applicants[i]!))),
    }));

    const predictor = (key: string, pool: Float64Array): PredictorInput => ({
      key,
      poolValues: pool,
      hiredValues: Float64Array.from(hired, (i) => pool[i]!),
    });
    const byLineage = (rows: LineageScoreRow[]) => {
      const values = new Map<string, Float64Array>();
      for (const row of rows) {
        const i = index.get(row.candidate_id);
        if (i === undefined) continue;
        let pool = values.get(row.lineage_id);
        if (!pool) {
          pool = new Float64Array(applicants.length).fill(NaN);
          values.set(row.lineage_id, pool);
        }
        pool[i] = row.score;
      }
      return values;
    };
    const categories = byLineage(categoryScores);
    const questions = byLineage(questionScores);

    const overall = Float64Array.from(applicants, (row) => row.corrected_score ?? NaN);
    const inputs: PredictorInput[] = [predictor('overall', overall)];
    const predictors: ValidityPredictor[] = [
      predictorSummary('overall', 'overall', 'Overall corrected score', null, overall, hired),
    ];
    for (const lineage of lineages) {
      const pool = (lineage.kind === 'category' ? categories : questions).get(lineage.lineage_id);
      if (!pool) continue; // in the rubric, never scored in scope
      inputs.push(predictor(lineage.lineage_id, pool));
      predictors.push(
        predictorSummary(
          lineage.lineage_id,
          lineage.kind,
          lineage.label,
          lineage.category_lineage_id,
          pool,
          hired,
        ),
      );
    }

    return {
      ...empty,
      applicants: applicants.length,
      hiredWithOutcomes: hired.length,
      outcomes: outcomes.map((outcome) => ({
        key: outcome.key as OutcomeKey,
        recorded: Array.from(outcome.values).filter(Number.isFinite).length,
      })),
      predictors,
      cells: validityTable(inputs, outcomes, {
        minN: VALIDITY_MIN_N,
        minUsefulR: VALIDITY_MIN_USEFUL_R,
        // Hiring decisions follow the overall score: questions are corrected through it.
        selectedOn: 'overall',
      }).map((cell) => ({
        ...cell,
        outcome: cell.outcome as OutcomeKey,
      })),
    };
  }
}

function predictorSummary(
  key: string,
  kind: ValidityPredictor['kind'],
  label: string,
  categoryKey: string | null,
  pool: Float64Array,
  hired: number[],
): ValidityPredictor {
  return {
    key,
    kind,
    label,
    categoryKey,
    scored: pool.filter(Number.isFinite).length,
    hiredScored: hired.filter((i) => Number.isFinite(pool[i]!)).length,
  };
}
