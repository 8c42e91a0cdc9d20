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
import { ItemRest, itemRestCorrelations, PanelIcc, panelIcc } from './model';
import {
  CorrectedAnswerRow,
  ExposureRow,
  QuestionAnalysisRepository,
} from './question-analysis.repository';

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
    const [lineages, scope, counts, exposure, answers, jobs] = await Promise.all([
      this.repository.findLineages(rubricId),
      this.repository.countScope(rubricId, query),
      this.repository.findCounts(rubricId, query),
      this.repository.findExposure(rubricId, query, threshold),
      this.repository.findCorrectedAnswers(rubricId, query),
      this.repository.findJobs(rubricId),
    ]);

    const questionIds = lineages.filter((l) => l.kind === 'question').map((l) => l.lineage_id);
    const { itemRest, icc } = statistics(answers, questionIds);
    const countOf = new Map(counts.map((row) => [row.lineage_id, row]));
    const exposureOf = groupExposure(exposure, threshold);

    const categories: QuestionAnalysisCategory[] = [];
    for (const lineage of lineages) {
      if (lineage.kind === 'category') {
        categories.push({ lineageId: lineage.lineage_id, name: lineage.label, questions: [] });
        continue;
      }
      const category = categories.find((c) => c.lineageId === lineage.category_lineage_id);
      if (!category) continue;
      const count = countOf.get(lineage.lineage_id);
      const asked = count?.asked ?? 0;
      const notAsked = count?.not_asked ?? 0;
      const seen = exposureOf.get(lineage.lineage_id);
      const question: QuestionAnalysisQuestion = {
        lineageId: lineage.lineage_id,
        text: lineage.label,
        inLatestVersion: lineage.in_latest_version,
        asked,
        notAsked,
        notAskedShare: asked + notAsked > 0 ? notAsked / (asked + notAsked) : null,
        distribution: count?.distribution.map(Number) ?? [0, 0, 0, 0, 0],
        mean: count?.mean ?? null,
        itemRest: itemRest.get(lineage.lineage_id) ?? { r: null, scorecards: 0 },
        candidateShare: icc.get(lineage.lineage_id) ?? { icc: null, panels: 0 },
        exposure: { peak: seen?.peak ?? null, overThreshold: seen?.over ?? [] },
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

/** Item–rest r and panel ICC per question lineage, from the corrected answers. */
function statistics(
  answers: CorrectedAnswerRow[],
  questionIds: string[],
): { itemRest: Map<string, ItemRest>; icc: Map<string, PanelIcc> } {
  const index = <K>(map: Map<K, number>, key: K) => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  };
  const items = new Map<string, number>(questionIds.map((id, i) => [id, i]));
  const scorecards = new Map<string, number>();
  const categories = new Map<string, number>();
  const n = answers.length;
  const data = {
    scorecard: new Int32Array(n),
    category: new Int32Array(n),
    item: new Int32Array(n),
    value: new Float64Array(n),
  };
  // Per item, per round: the ratings of the round's interviewers (the ICC's groups).
  const groups = new Map<number, Map<string, number[]>>();
  answers.forEach((answer, a) => {
    const item = index(items, answer.lineage_id);
    data.scorecard[a] = index(scorecards, answer.scorecard_id);
    data.category[a] = index(categories, answer.category_lineage_id);
    data.item[a] = item;
    data.value[a] = answer.score;
    let rounds = groups.get(item);
    if (!rounds) groups.set(item, (rounds = new Map()));
    const ratings = rounds.get(answer.round_id);
    if (ratings) ratings.push(answer.score);
    else rounds.set(answer.round_id, [answer.score]);
  });
  const correlations = itemRestCorrelations(data, items.size, QUESTION_ANALYSIS_MIN_SCORECARDS);
  const itemRest = new Map<string, ItemRest>();
  const icc = new Map<string, PanelIcc>();
  for (const [id, i] of items) {
    itemRest.set(id, correlations[i]!);
    icc.set(id, panelIcc([...(groups.get(i)?.values() ?? [])], QUESTION_ANALYSIS_MIN_PANELS));
  }
  return { itemRest, icc };
}

/** Each question's busiest site-week and those above the threshold (the rows come newest first). */
function groupExposure(
  rows: ExposureRow[],
  threshold: number,
): Map<string, { peak: SiteWeek | null; over: SiteWeek[] }> {
  const out = new Map<string, { peak: SiteWeek | null; over: SiteWeek[] }>();
  for (const row of rows) {
    const week: SiteWeek = { site: row.site, week: row.week, asked: row.asked };
    let entry = out.get(row.lineage_id);
    if (!entry) out.set(row.lineage_id, (entry = { peak: null, over: [] }));
    if (row.peak) entry.peak = week;
    if (row.asked > threshold) entry.over.push(week);
  }
  return out;
}
