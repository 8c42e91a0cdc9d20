import {
  QUESTION_ANALYSIS_MIN_PANELS,
  QUESTION_ANALYSIS_MIN_SCORECARDS,
  QuestionAnalysis,
  QuestionAnalysisCategory,
  QuestionAnalysisQuery,
  QuestionAnalysisQuestion,
  SiteWeek,
} from '@calibrate/contracts';
import { Inject, Injectable } from '@nestjs/common';

import { AppException } from '../../common/errors/app-exception';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import {
  emptyPairSums,
  emptyPanelSums,
  itemRestFromSums,
  mergePairSums,
  mergePanelSums,
  PairSums,
  panelIccFromSums,
  PanelSums,
} from './model';
import { QuestionAnalysisRepository, QuestionStatisticsRow } from './question-analysis.repository';

const rubricNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This rubric does not exist.');

/**
 * The question analysis of a rubric (issue 21): per question lineage, pooled across versions,
 * how often it is asked, its ratings, its item–rest correlation within its category, its
 * candidate share (panel ICC) and its exposure per site and week. Rules:
 *
 * - item–rest r: on leniency-corrected ratings; null below QUESTION_ANALYSIS_MIN_SCORECARDS (30)
 *   scorecards that rated the question and another of its category (so always for a
 *   single-question category);
 * - candidate share: one-way ICC(1) of the corrected rating, round as group, over rounds in which
 *   two or more interviewers rated it; null below QUESTION_ANALYSIS_MIN_PANELS (20) such rounds;
 * - exposure: interviews per site and ISO week (UTC) that asked and rated the question; a
 *   site-week above QUESTION_EXPOSURE_WARN_PER_WEEK (default 200) is listed as a warning.
 *
 * Every figure comes from the per-job sums the latest calibration fit wrote (`ReportAggregator`),
 * added up over the jobs in scope: a request reads a row per job and question, not the answers.
 */
@Injectable()
export class QuestionAnalysisService {
  constructor(
    private readonly repository: QuestionAnalysisRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async analyse(rubricId: string, query: QuestionAnalysisQuery): Promise<QuestionAnalysis> {
    const rubric = await this.repository.findRubric(rubricId);
    if (!rubric) throw rubricNotFound();
    const threshold = this.config.questionExposureWarnPerWeek;
    const fit = await this.repository.findAggregatedFit();
    const [lineages, scope, statistics, jobs] = await Promise.all([
      this.repository.findLineages(rubricId),
      fit ? this.repository.countScope(fit.id, rubricId, query) : { scorecards: 0, panels: 0 },
      fit ? this.repository.findQuestionStatistics(fit.id, rubricId, query) : [],
      fit ? this.repository.findJobs(fit.id, rubricId) : [],
    ]);
    const totals = addUpJobs(statistics);

    const categories: QuestionAnalysisCategory[] = [];
    for (const lineage of lineages) {
      if (lineage.kind === 'category') {
        categories.push({ lineageId: lineage.lineage_id, name: lineage.label, questions: [] });
        continue;
      }
      const category = categories.find((c) => c.lineageId === lineage.category_lineage_id);
      if (!category) continue;
      const total = totals.get(lineage.lineage_id);
      const asked = total?.asked ?? 0;
      const notAsked = total?.notAsked ?? 0;
      const exposure = total ? siteWeeks(total.weeks, threshold) : { peak: null, over: [] };
      const question: QuestionAnalysisQuestion = {
        lineageId: lineage.lineage_id,
        text: lineage.label,
        inLatestVersion: lineage.in_latest_version,
        asked,
        notAsked,
        notAskedShare: asked + notAsked > 0 ? notAsked / (asked + notAsked) : null,
        distribution: total?.distribution ?? [0, 0, 0, 0, 0],
        mean: total && asked > 0 ? total.ratingSum / asked : null,
        itemRest: itemRestFromSums(
          total?.itemRest ?? emptyPairSums(),
          QUESTION_ANALYSIS_MIN_SCORECARDS,
        ),
        candidateShare: panelIccFromSums(
          total?.panel ?? emptyPanelSums(),
          QUESTION_ANALYSIS_MIN_PANELS,
        ),
        exposure: { peak: exposure.peak, overThreshold: exposure.over },
      };
      category.questions.push(question);
    }

    return {
      rubric: {
        id: rubric.id,
        name: rubric.name,
        latestVersionId: rubric.latest_version_id,
        latestVersion: rubric.latest_version,
        draftVersionId: rubric.draft_version_id,
        draftVersion: rubric.draft_version,
      },
      scope: { jobId: query.jobId ?? null, site: query.site ?? null },
      aggregatedAt: fit ? fit.aggregated_at.toISOString() : null,
      scorecards: scope.scorecards,
      panels: scope.panels,
      rules: {
        minScorecards: QUESTION_ANALYSIS_MIN_SCORECARDS,
        minPanels: QUESTION_ANALYSIS_MIN_PANELS,
        exposureWarnPerWeek: threshold,
      },
      categories,
      options: {
        jobs,
        sites: [...new Set(jobs.map((job) => job.site))].sort((a, b) => a.localeCompare(b)),
      },
    };
  }
}

interface QuestionTotals {
  asked: number;
  notAsked: number;
  distribution: number[];
  ratingSum: number;
  itemRest: PairSums;
  panel: PanelSums;
  /** Rounds that asked and rated it per site and ISO week, keyed "site\u0000week". */
  weeks: Map<string, number>;
}

/** The jobs' sums added up per question lineage. */
function addUpJobs(rows: QuestionStatisticsRow[]): Map<string, QuestionTotals> {
  const totals = new Map<string, QuestionTotals>();
  for (const row of rows) {
    let total = totals.get(row.lineage_id);
    if (!total) {
      total = {
        asked: 0,
        notAsked: 0,
        distribution: [0, 0, 0, 0, 0],
        ratingSum: 0,
        itemRest: emptyPairSums(),
        panel: emptyPanelSums(),
        weeks: new Map(),
      };
      totals.set(row.lineage_id, total);
    }
    total.asked += row.asked;
    total.notAsked += row.not_asked;
    row.distribution.forEach((count, index) => (total.distribution[index]! += Number(count)));
    total.ratingSum += row.rating_sum;
    mergePairSums(total.itemRest, row.item_rest);
    mergePanelSums(total.panel, row.panel);
    for (const [week, asked] of Object.entries(row.weeks)) {
      const key = `${row.site}\u0000${week}`;
      total.weeks.set(key, (total.weeks.get(key) ?? 0) + asked);
    }
  }
  return totals;
}

/**
 * A question's busiest site-week (ties: the newest week, then the site's name) and every
 * site-week above the threshold, newest first.
 */
function siteWeeks(
  weeks: Map<string, number>,
  threshold: number,
): { peak: SiteWeek | null; over: SiteWeek[] } {
  const all: SiteWeek[] = [...weeks].map(([key, asked]) => {
    const [site = '', week = ''] = key.split('\u0000');
    return { site, week, asked };
  });
  const newestFirst = (a: SiteWeek, b: SiteWeek) =>
    b.week.localeCompare(a.week) || a.site.localeCompare(b.site);
  const peak = all.reduce<SiteWeek | null>(
    (best, week) =>
      !best || week.asked > best.asked || (week.asked === best.asked && newestFirst(week, best) < 0)
        ? week
        : best,
    null,
  );
  return { peak, over: all.filter((week) => week.asked > threshold).sort(newestFirst) };
}
