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
import { OutcomeInput, PredictorInput, sdFromSums, validityTable } from './model';
import { HireRow, ValidityRepository } from './validity.repository';

const outcomeColumns: Record<OutcomeKey, (row: HireRow) => number | boolean | null> = {
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
 *
 * The interview side comes from the latest calibration fit's per-job sums (`ReportAggregator`):
 * the applicant pool as counts and the sums of its corrected scores, the hires as their mean
 * corrected rating per lineage. A request reads rows per job and per hire, never the answers.
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
    const [options, fit] = await Promise.all([
      this.validity.findOptions(viewer),
      this.validity.findAggregatedFit(),
    ]);
    const rubricId =
      filters.rubricId ??
      (fit ? await this.validity.findMostUsedRubric(fit.id, viewer, filters) : null);
    const scope = {
      jobId: filters.jobId ?? null,
      site: filters.site ?? null,
      rubricId,
      rubricName: rubricId ? await this.validity.findRubricName(rubricId) : null,
    };
    const empty: ValidityReport = {
      scope,
      aggregatedAt: fit ? fit.aggregated_at.toISOString() : null,
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
    if (!rubricId || !fit) return empty;

    const [pool, scored, hires, lineages] = await Promise.all([
      this.validity.findPool(fit.id, viewer, filters, rubricId),
      this.validity.findScoredLineages(fit.id, viewer, filters, rubricId),
      this.validity.findHires(fit.id, viewer, filters, rubricId),
      this.validity.findLineages(rubricId),
    ]);

    const outcomes: OutcomeInput[] = outcomeKeys.map((key) => ({
      key,
      kind: outcomeDefinitions[key].kind,
      higherIsBetter: outcomeDefinitions[key].higherIsBetter,
      values: Float64Array.from(hires, (row) => asNumber(outcomeColumns[key](row))),
    }));

    const overall = Float64Array.from(hires, (row) => row.corrected_score ?? NaN);
    const inputs: PredictorInput[] = [
      {
        key: 'overall',
        poolSd: sdFromSums(
          pool.corrected_scores,
          pool.corrected_score_sum,
          pool.corrected_score_sum_of_squares,
        ),
        hiredValues: overall,
      },
    ];
    const predictors: ValidityPredictor[] = [
      predictorSummary(
        'overall',
        'overall',
        'Overall corrected score',
        null,
        pool.corrected_scores,
        overall,
      ),
    ];
    const scoredOf = new Map(scored.map((row) => [row.lineage_id, row]));
    for (const lineage of lineages) {
      const inScope = scoredOf.get(lineage.lineage_id);
      if (!inScope) continue; // in the rubric, never scored in scope
      const hiredValues = Float64Array.from(hires, (row) => row.scores[inScope.position] ?? NaN);
      // Only the selection score's pool SD enters the corrections (case III through it).
      inputs.push({ key: lineage.lineage_id, poolSd: NaN, hiredValues });
      predictors.push(
        predictorSummary(
          lineage.lineage_id,
          lineage.kind,
          lineage.label,
          lineage.category_lineage_id,
          inScope.scored_candidates,
          hiredValues,
        ),
      );
    }

    return {
      ...empty,
      applicants: pool.applicants,
      hiredWithOutcomes: hires.length,
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
  scored: number,
  hiredValues: Float64Array,
): ValidityPredictor {
  return {
    key,
    kind,
    label,
    categoryKey,
    scored,
    hiredScored: hiredValues.filter(Number.isFinite).length,
  };
}
