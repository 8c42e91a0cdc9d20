import { createHash } from 'node:crypto';

import {
  outcomeDefinitions,
  OutcomeKey,
  outcomeKeys,
  VALIDITY_MIN_N,
  VALIDITY_MIN_USEFUL_R,
  ValidityCell,
  ValidityFilters,
  ValidityPredictor,
  ValidityReport,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { RecentResults } from '../../common/cache/recent-results';
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

/** A report's figures: everything in it but names, options and scope. */
interface ValidityFigures {
  applicants: number;
  hiredWithOutcomes: number;
  outcomes: ValidityReport['outcomes'];
  /** Per predictor ('overall' or a lineage rated in scope): applicants and hires rated on it. */
  scored: Map<string, { scored: number; hiredScored: number }>;
  cells: ValidityCell[];
}

/**
 * Figures kept per fit, rubric, jobs in scope and outcomes revision: a key names all they depend
 * on, so a kept report is never stale. At 1M candidates computing one took 2–9 s (70,000 hires);
 * the page is reopened far more often than a fit runs or outcomes are recorded.
 */
const KEPT_REPORTS = 64;

/**
 * Which interview scores predict what happens after the hire (issue 21): for the overall
 * corrected score, each category and each question of a rubric, its correlation with each
 * recorded outcome among hired candidates, beside the estimate corrected for range restriction
 * (only hired candidates have outcomes, and they were hired for high scores).
 *
 * The interview side comes from the latest calibration fit's per-job sums (`ReportAggregator`):
 * the applicant pool as counts and the sums of its corrected scores, the hires as their corrected
 * scores per lineage. A request reads rows per job and per hire, never the answers; its figures
 * are kept until the next fit or outcome write (`RecentResults`).
 */
@Injectable()
export class ValidityService {
  private readonly figures = new RecentResults<ValidityFigures>(KEPT_REPORTS);

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
    // The scope's jobs: those the viewer may choose (hiring managers their own), narrowed by the
    // filters; in id order, as the key of kept figures names them.
    const jobIds = options.jobs
      .filter(
        (job) =>
          (!filters.jobId || job.id === filters.jobId) &&
          (!filters.site || job.site === filters.site),
      )
      .map((job) => job.id)
      .sort();
    const rubricId =
      filters.rubricId ?? (fit ? await this.validity.findMostUsedRubric(fit.id, jobIds) : null);
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

    // The revision is read before the outcomes: kept figures are never older than their key.
    const revision = await this.validity.findOutcomesRevision();
    const jobsKey = createHash('sha256').update(jobIds.join(',')).digest('base64url');
    const [figures, lineages] = await Promise.all([
      this.figures.get(`${fit.id}:${rubricId}:${revision}:${jobsKey}`, () =>
        this.computeFigures(fit.id, rubricId, jobIds),
      ),
      this.validity.findLineages(rubricId),
    ]);

    // Names and order as the rubric has them now; figures as the fit and the outcomes have them.
    const predictors: ValidityPredictor[] = [
      predictorOf('overall', 'overall', 'Overall corrected score', null, figures),
    ];
    for (const lineage of lineages) {
      if (!figures.scored.has(lineage.lineage_id)) continue; // in the rubric, never scored in scope
      predictors.push(
        predictorOf(
          lineage.lineage_id,
          lineage.kind,
          lineage.label,
          lineage.category_lineage_id,
          figures,
        ),
      );
    }
    const cellsOf = new Map<string, ValidityCell[]>();
    for (const cell of figures.cells) {
      const cells = cellsOf.get(cell.predictor);
      if (cells) cells.push(cell);
      else cellsOf.set(cell.predictor, [cell]);
    }
    return {
      ...empty,
      applicants: figures.applicants,
      hiredWithOutcomes: figures.hiredWithOutcomes,
      outcomes: figures.outcomes,
      predictors,
      cells: predictors.flatMap((predictor) => cellsOf.get(predictor.key) ?? []),
    };
  }

  private async computeFigures(
    fitId: string,
    rubricId: string,
    jobIds: string[],
  ): Promise<ValidityFigures> {
    const [pool, scoredLineages, hires] = await Promise.all([
      this.validity.findPool(fitId, rubricId, jobIds),
      this.validity.findScoredLineages(fitId, rubricId, jobIds),
      this.validity.findHires(fitId, rubricId, jobIds),
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
    const scored = new Map([
      ['overall', { scored: pool.corrected_scores, hiredScored: countFinite(overall) }],
    ]);
    for (const lineage of scoredLineages) {
      const hiredValues = Float64Array.from(hires, (row) => row.scores[lineage.position] ?? NaN);
      // Only the selection score's pool SD enters the corrections (case III through it).
      inputs.push({ key: lineage.lineage_id, poolSd: NaN, hiredValues });
      scored.set(lineage.lineage_id, {
        scored: lineage.scored_candidates,
        hiredScored: countFinite(hiredValues),
      });
    }

    return {
      applicants: pool.applicants,
      hiredWithOutcomes: hires.length,
      outcomes: outcomes.map((outcome) => ({
        key: outcome.key as OutcomeKey,
        recorded: countFinite(outcome.values),
      })),
      scored,
      cells: validityTable(inputs, outcomes, {
        minN: VALIDITY_MIN_N,
        minUsefulR: VALIDITY_MIN_USEFUL_R,
        // Hiring decisions follow the overall score: questions are corrected through it.
        selectedOn: 'overall',
      }).map((cell) => ({ ...cell, outcome: cell.outcome as OutcomeKey })),
    };
  }
}

function predictorOf(
  key: string,
  kind: ValidityPredictor['kind'],
  label: string,
  categoryKey: string | null,
  figures: ValidityFigures,
): ValidityPredictor {
  const { scored, hiredScored } = figures.scored.get(key) ?? { scored: 0, hiredScored: 0 };
  return { key, kind, label, categoryKey, scored, hiredScored };
}

function countFinite(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count += 1;
  return count;
}
