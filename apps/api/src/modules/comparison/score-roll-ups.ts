import {
  CandidateSummary,
  ComparisonQuestion,
  ComparisonWarning,
  DISAGREEMENT_SPREAD,
  RecommendationCounts,
  RoundGroup,
  RoundGroupScore,
  ScoreSummary,
} from '@calibrate/contracts';

import { emptySummary, to100 } from '../scorecards/scoring.repository';
import {
  Panels,
  PanelScorecardRow,
  PlanRoundRow,
  QuestionRatingRow,
  RoundRow,
} from './comparison.repository';

/*
 * The roll-ups of summaries and comparisons, as pure functions over rows already loaded: the
 * database computes every category and round score; these only pool, restrict and group them.
 */

/** A candidate's summary with the job it belongs to, to check a comparison's candidates. */
export type JobSummary = CandidateSummary & { jobId: string | null };

/** The database's scores for the rounds and submitted scorecards of some panels. */
export interface PanelScores {
  rounds: Map<string, ScoreSummary>;
  scorecards: Map<string, ScoreSummary>;
}

export const noRecommendations = (): RecommendationCounts => ({
  strong_no: 0,
  no: 0,
  yes: 0,
  strong_yes: 0,
});

/** One rating point on 1–5 is 25 points on 0–100. */
const POINTS_PER_RATING = 25;

/**
 * A 0–100 score with a leniency (rating points) taken out, kept on the scale. An interviewer
 * without a figure (no fit yet, or outside the main group) counts as average: nothing is taken out.
 */
export function corrected(score100: number | null, leniency: number | null): number | null {
  if (score100 === null) return null;
  return Math.min(100, Math.max(0, score100 - POINTS_PER_RATING * (leniency ?? 0)));
}

/** A 1–5 category score with a leniency taken out, kept on the scale. */
export function correctedRating(score: number | null, leniency: number | null): number | null {
  if (score === null) return null;
  return Math.min(5, Math.max(1, score - (leniency ?? 0)));
}

/**
 * A round's correction: its panel's answers are pooled, so it is the mean leniency of who
 * submitted a scored scorecard (one without a figure counts as average); null when none did.
 */
export function panelLeniency(
  interviewers: { weightedScore100: number | null; leniency: number | null }[],
): number | null {
  return mean(interviewers.flatMap((i) => (i.weightedScore100 === null ? [] : [i.leniency ?? 0])));
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function countRecommendations(scorecards: PanelScorecardRow[]): RecommendationCounts {
  const counts = noRecommendations();
  for (const scorecard of scorecards) {
    if (scorecard.status === 'submitted' && scorecard.recommendation)
      counts[scorecard.recommendation] += 1;
  }
  return counts;
}

/**
 * Each candidate's summary from their panels and the database's scores. Drafts show as a status,
 * never with a score or recommendation. With `jobId` the overall score is the mean of that job's
 * rounds; without, the candidate's stored score (which covers all their rounds).
 */
export function summarizePanels(
  { candidates, rounds, scorecards }: Panels,
  scores: PanelScores,
  jobId: string | null,
): Map<string, JobSummary> {
  const submitted = scorecards.filter((scorecard) => scorecard.status === 'submitted');
  const result = new Map<string, JobSummary>();
  for (const candidate of candidates) {
    const own = rounds.filter((round) => round.candidate_id === candidate.id);
    const roundSummaries = own.map((round) => {
      const panel = scorecards.filter((scorecard) => scorecard.round_id === round.id);
      const roundScores = scores.rounds.get(round.id) ?? emptySummary();
      const interviewers = panel.map((scorecard) => {
        const isSubmitted = scorecard.status === 'submitted';
        const weightedScore100 = isSubmitted
          ? (scores.scorecards.get(scorecard.id)?.weightedScore100 ?? null)
          : null;
        return {
          scorecardId: scorecard.id,
          interviewerId: scorecard.interviewer_id,
          interviewerName: scorecard.interviewer_name,
          status: scorecard.status,
          recommendation: isSubmitted ? scorecard.recommendation : null,
          weightedScore100,
          leniency: isSubmitted ? scorecard.leniency : null,
          calibrated: isSubmitted ? scorecard.calibrated : null,
          correctedScore100: corrected(weightedScore100, scorecard.leniency),
        };
      });
      return {
        roundId: round.id,
        jobId: round.job_id,
        name: round.name,
        status: round.status,
        scheduledAt: round.scheduled_at.toISOString(),
        rubricVersionId: round.rubric_version_id,
        rubricName: round.rubric_name,
        rubricVersion: round.rubric_version,
        scores: roundScores,
        correctedScore100: corrected(roundScores.weightedScore100, panelLeniency(interviewers)),
        panelSplit: round.panel_split,
        interviewers,
        recommendations: countRecommendations(panel),
      };
    });
    const scored = roundSummaries.filter((round) => round.scores.weightedScore100 !== null);
    const ownSubmitted = submitted.filter((scorecard) =>
      own.some((round) => round.id === scorecard.round_id),
    );
    result.set(candidate.id, {
      candidateId: candidate.id,
      candidateName: candidate.name,
      stage: candidate.stage,
      jobId: candidate.job_id,
      // A question's knock-out belongs to its round: with `jobId`, that job's rounds only.
      knockOuts: candidate.knock_outs.filter(
        (knockOut) => knockOut.kind !== 'question' || own.some((r) => r.id === knockOut.roundId),
      ),
      overall: {
        // The stored score covers all of a candidate's rounds; for one job, the mean of its rounds.
        weightedScore100:
          jobId === null
            ? candidate.score
            : mean(scored.map((round) => round.scores.weightedScore100 ?? 0)),
        correctedScore100: mean(scored.map((round) => round.correctedScore100 ?? 0)),
        scoredRounds: scored.length,
        interviewers: new Set(ownSubmitted.map((scorecard) => scorecard.interviewer_id)).size,
        recommendations: countRecommendations(ownSubmitted),
        categories: categoryMeans(roundSummaries),
      },
      rounds: roundSummaries,
    });
  }
  return result;
}

/**
 * What a viewer may see of a summary: only `visible` rounds, and on a round in `ownDrafts` (their
 * own scorecard there is still a draft) nothing of the panel's results (independence). The overall
 * figures are then recomputed from what is left, so the stored score cannot leak.
 */
export function restrictSummary(
  summary: JobSummary,
  visible: Set<string>,
  ownDrafts: Set<string>,
): JobSummary {
  const rounds = summary.rounds
    .filter((round) => visible.has(round.roundId))
    .map((round) =>
      ownDrafts.has(round.roundId)
        ? {
            ...round,
            scores: emptySummary(),
            correctedScore100: null,
            panelSplit: false,
            interviewers: round.interviewers.map((i) => ({
              ...i,
              recommendation: null,
              weightedScore100: null,
              correctedScore100: null,
            })),
            recommendations: noRecommendations(),
          }
        : round,
    );
  // A question's knock-out tells of its panel's ratings: kept as the round's results are.
  const knockOuts = summary.knockOuts.filter(
    (knockOut) =>
      knockOut.kind !== 'question' ||
      (visible.has(knockOut.roundId) && !ownDrafts.has(knockOut.roundId)),
  );
  return { ...summary, knockOuts, rounds, overall: overallOf(rounds) };
}

/** The overall figures of a restricted set of rounds: the same definitions, over what is visible. */
export function overallOf(rounds: CandidateSummary['rounds']): CandidateSummary['overall'] {
  const recommendations = noRecommendations();
  const interviewers = new Set<string>();
  for (const round of rounds) {
    for (const key of Object.keys(recommendations) as (keyof RecommendationCounts)[])
      recommendations[key] += round.recommendations[key];
    for (const result of round.interviewers)
      if (result.recommendation) interviewers.add(result.interviewerId);
  }
  const { weightedScore100, correctedScore100, scoredRounds, categories } = rollUp(rounds);
  return {
    weightedScore100,
    correctedScore100,
    scoredRounds,
    interviewers: interviewers.size,
    recommendations,
    categories,
  };
}

/**
 * The scores of some rounds taken together: the mean of the scored rounds' weighted 0–100 scores
 * (raw and corrected) and their category means. The overall is this over all of a candidate's
 * rounds, a round group's subtotal over the group's.
 */
export function rollUp(rounds: CandidateSummary['rounds']): Omit<RoundGroupScore, 'key'> {
  const scored = rounds.filter((round) => round.scores.weightedScore100 !== null);
  return {
    weightedScore100: mean(scored.map((round) => round.scores.weightedScore100 ?? 0)),
    correctedScore100: mean(scored.map((round) => round.correctedScore100 ?? 0)),
    scoredRounds: scored.length,
    categories: categoryMeans(scored),
  };
}

/** A round group before its categories are known, with what orders it among the others. */
export interface RoundGroupHead extends Omit<RoundGroup, 'categories'> {
  /** The plan round's position (the lowest, over several jobs); null outside the plan. */
  position: number | null;
  /** Its first round, to order groups outside the plan. */
  firstScheduledAt: number;
}

/** Rounds grouped: each group once, in order, and each round's group key. */
export interface RoundGrouping {
  groups: RoundGroupHead[];
  groupOf: Map<string, string>;
}

const groupKey = (rubricId: string, name: string) => `${rubricId}:${name.trim().toLowerCase()}`;

/**
 * Each round's group: the plan round of its job with its name and rubric; else the plan's only
 * round with its rubric (a plan round renamed since); else a group of its own name and rubric (a
 * round from before the plan changed). A plan round whose rubric changed so keeps its old rounds
 * apart: their categories belong to another rubric. Groups come in plan order, then those outside
 * the plan by their first round.
 */
export function groupRounds(
  rounds: Pick<RoundRow, 'id' | 'job_id' | 'name' | 'rubric_id' | 'rubric_name' | 'scheduled_at'>[],
  plan: PlanRoundRow[],
): RoundGrouping {
  const heads = new Map<string, RoundGroupHead>();
  const groupOf = new Map<string, string>();
  for (const round of rounds) {
    const own = plan.filter((p) => p.job_id === round.job_id && p.rubric_id === round.rubric_id);
    const planned =
      own.find((p) => p.name.trim().toLowerCase() === round.name.trim().toLowerCase()) ??
      (own.length === 1 ? own[0] : undefined);
    const name = planned?.name ?? round.name;
    const key = groupKey(round.rubric_id, name);
    const at = round.scheduled_at.getTime();
    const head = heads.get(key) ?? {
      key,
      name,
      rubricId: round.rubric_id,
      rubricName: planned?.rubric_name ?? round.rubric_name,
      planned: false,
      position: null,
      firstScheduledAt: at,
    };
    if (planned) {
      head.planned = true;
      head.position = Math.min(head.position ?? planned.position, planned.position);
    }
    head.firstScheduledAt = Math.min(head.firstScheduledAt, at);
    heads.set(key, head);
    groupOf.set(round.id, key);
  }
  return { groups: sortRoundGroups([...heads.values()]), groupOf };
}

/** Plan order, then the groups outside the plan by their first round; ties by name. */
export function sortRoundGroups<T extends RoundGroupHead>(groups: T[]): T[] {
  return [...groups].sort(
    (a, b) =>
      (a.position ?? Infinity) - (b.position ?? Infinity) ||
      a.firstScheduledAt - b.firstScheduledAt ||
      a.name.localeCompare(b.name) ||
      a.key.localeCompare(b.key),
  );
}

/** A candidate's figures per group, one per group in the groups' order (see `rollUp`). */
export function groupScores(
  rounds: CandidateSummary['rounds'],
  { groups, groupOf }: RoundGrouping,
): RoundGroupScore[] {
  return groups.map((group) => ({
    key: group.key,
    ...rollUp(rounds.filter((round) => groupOf.get(round.roundId) === group.key)),
  }));
}

/** Each group's categories: those scored for any candidate, in rubric order. */
export function groupCategories(
  groups: RoundGroupHead[],
  scores: RoundGroupScore[][],
): RoundGroup[] {
  return groups.map(({ key, name, rubricId, rubricName, planned }, index) => ({
    key,
    name,
    rubricId,
    rubricName,
    planned,
    categories: [
      ...new Set(
        scores.flatMap((candidate) => candidate[index]?.categories.map((c) => c.name) ?? []),
      ),
    ],
  }));
}

/**
 * Per category name, the mean of the rounds' category scores (categories of different rubrics
 * meet by name; a round without a score for it does not count), in rubric order; corrected, the
 * mean of each round's category score less its panel's leniency.
 */
export function categoryMeans(
  rounds: { scores: ScoreSummary; interviewers: Parameters<typeof panelLeniency>[0] }[],
): CandidateSummary['overall']['categories'] {
  const byName = new Map<string, { position: number; scores: number[]; corrected: number[] }>();
  for (const round of rounds) {
    const leniency = panelLeniency(round.interviewers);
    round.scores.categories.forEach((category, position) => {
      const entry = byName.get(category.name) ?? { position, scores: [], corrected: [] };
      entry.position = Math.min(entry.position, position);
      if (category.score !== null) {
        entry.scores.push(category.score);
        entry.corrected.push(correctedRating(category.score, leniency) ?? category.score);
      }
      byName.set(category.name, entry);
    });
  }
  return [...byName]
    .sort(([a, x], [b, y]) => x.position - y.position || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, { scores, corrected: correctedScores }]) => {
      const score = mean(scores);
      const correctedScore = mean(correctedScores);
      return {
        name,
        score,
        score100: to100(score),
        correctedScore,
        correctedScore100: to100(correctedScore),
      };
    });
}

/** Where a side-by-side reading could mislead: different rubric versions, one lone interviewer, no scores. */
export function comparisonWarnings(summaries: CandidateSummary[]): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  const versionsByRound = new Map<string, Map<string, string[]>>();
  for (const summary of summaries) {
    for (const round of summary.rounds) {
      if (round.scores.weightedScore100 === null) continue;
      const versions = versionsByRound.get(round.name) ?? new Map<string, string[]>();
      versions.set(round.rubricVersionId, [
        ...(versions.get(round.rubricVersionId) ?? []),
        summary.candidateId,
      ]);
      versionsByRound.set(round.name, versions);
    }
  }
  for (const [roundName, versions] of versionsByRound) {
    if (versions.size > 1) {
      warnings.push({
        code: 'different_rubric_versions',
        message: `“${roundName}” was scored with ${versions.size} different rubric versions: compare its categories with care.`,
        candidateIds: [...new Set([...versions.values()].flat())],
      });
    }
  }
  const single = summaries.filter((s) => s.overall.interviewers === 1).map((s) => s.candidateId);
  if (single.length > 0) {
    warnings.push({
      code: 'single_interviewer',
      message: 'Scored by a single interviewer: no panel to balance it.',
      candidateIds: single,
    });
  }
  const unscored = summaries.filter((s) => s.overall.scoredRounds === 0).map((s) => s.candidateId);
  if (unscored.length > 0) {
    warnings.push({
      code: 'not_scored',
      message: 'No submitted scorecard yet.',
      candidateIds: unscored,
    });
  }
  return [...warnings, ...calibrationWarnings(summaries)];
}

/**
 * Where the leniency correction is weak or reorders the candidates: an interviewer not yet
 * calibrated (their correction is shrunk to little), one outside the main group (no common
 * reference: nothing is corrected), or a ranking that changes once leniency is taken out.
 */
export function calibrationWarnings(summaries: CandidateSummary[]): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  const scorers = (summary: CandidateSummary) =>
    summary.rounds.flatMap((round) =>
      round.interviewers.filter((i) => i.weightedScore100 !== null),
    );
  const uncalibrated = summaries
    .filter((summary) => scorers(summary).some((i) => i.calibrated !== true && i.leniency !== null))
    .map((summary) => summary.candidateId);
  const notInFit = summaries
    .filter((summary) => scorers(summary).some((i) => i.calibrated === null))
    .map((summary) => summary.candidateId);
  const notCalibrated = [...new Set([...uncalibrated, ...notInFit])];
  if (notCalibrated.length > 0) {
    warnings.push({
      code: 'interviewer_not_calibrated',
      message:
        'Scored by an interviewer not yet calibrated (fewer than 30 linked scorecards, or none in the latest fit): their scores are corrected little or not at all.',
      candidateIds: notCalibrated,
    });
  }
  const outside = summaries
    .filter((summary) => scorers(summary).some((i) => i.calibrated !== null && i.leniency === null))
    .map((summary) => summary.candidateId);
  if (outside.length > 0) {
    warnings.push({
      code: 'outside_main_group',
      message:
        'Scored by an interviewer who shares no candidates with the main group of interviewers: their leniency cannot be measured, so nothing is corrected.',
      candidateIds: outside,
    });
  }
  const ranked = summaries.filter(
    (s) => s.overall.weightedScore100 !== null && s.overall.correctedScore100 !== null,
  );
  const order = (score: (s: CandidateSummary) => number) =>
    [...ranked].sort((a, b) => score(b) - score(a)).map((s) => s.candidateId);
  const raw = order((s) => s.overall.weightedScore100 ?? 0);
  const fair = order((s) => s.overall.correctedScore100 ?? 0);
  const moved = raw.filter((id, index) => fair[index] !== id);
  if (moved.length > 0) {
    warnings.push({
      code: 'corrected_order_differs',
      message:
        'Taking each interviewer’s leniency out changes the order of these candidates: look at who scored them.',
      candidateIds: moved,
    });
  }
  return warnings;
}

/**
 * Rows of ratings grouped into questions (by round group, category and text), each with a cell
 * per compared candidate: the ratings, their mean, and whether one round's panel disagreed by 2
 * or more. Questions follow the groups' order, then their categories', then the rubric's.
 *
 * A comparison of 8 has about a thousand rows: each is visited once (no lookups in the sort, no
 * filter per cell), which took this from most of the comparison's JavaScript to a small part.
 */
export function groupQuestionRatings(
  rows: QuestionRatingRow[],
  candidateIds: string[],
  groups: Pick<RoundGroup, 'key' | 'categories'>[],
  groupOf: Map<string, string>,
): ComparisonQuestion[] {
  interface Question {
    roundGroup: string;
    category: string;
    text: string;
    position: number;
    /** Where the question sorts: its group's place, then its category's in that group. */
    groupIndex: number;
    categoryIndex: number;
    byCandidate: Map<string, QuestionRatingRow[]>;
  }
  // Not found sorts last: Infinity (and two of them fall through to the next key, as NaN does).
  const groupIndex = new Map<string, number>();
  const categoryIndex = new Map<string, Map<string, number>>();
  groups.forEach((group, index) => {
    if (groupIndex.has(group.key)) return;
    groupIndex.set(group.key, index);
    const categories = new Map<string, number>();
    group.categories.forEach((name, position) => {
      if (!categories.has(name)) categories.set(name, position);
    });
    categoryIndex.set(group.key, categories);
  });
  // Round group → category → text → question, in the order the rows first name them.
  const questions: Question[] = [];
  const byGroup = new Map<string, Map<string, Map<string, Question>>>();
  for (const row of rows) {
    const roundGroup = groupOf.get(row.round_id) ?? '';
    let byCategory = byGroup.get(roundGroup);
    if (!byCategory) byGroup.set(roundGroup, (byCategory = new Map()));
    let byText = byCategory.get(row.category);
    if (!byText) byCategory.set(row.category, (byText = new Map()));
    let question = byText.get(row.text);
    if (!question) {
      question = {
        roundGroup,
        category: row.category,
        text: row.text,
        position: row.question_position,
        groupIndex: groupIndex.get(roundGroup) ?? Infinity,
        categoryIndex: categoryIndex.get(roundGroup)?.get(row.category) ?? Infinity,
        byCandidate: new Map(),
      };
      byText.set(row.text, question);
      questions.push(question);
    }
    question.position = Math.min(question.position, row.question_position);
    const own = question.byCandidate.get(row.candidate_id);
    if (own) own.push(row);
    else question.byCandidate.set(row.candidate_id, [row]);
  }
  return questions
    .sort(
      (a, b) =>
        a.groupIndex - b.groupIndex || a.categoryIndex - b.categoryIndex || a.position - b.position,
    )
    .map((question) => ({
      roundGroup: question.roundGroup,
      category: question.category,
      text: question.text,
      candidates: candidateIds.map((candidateId) =>
        questionCell(candidateId, question.byCandidate.get(candidateId) ?? []),
      ),
    }));
}

/** One candidate's cell of a question: their ratings in row order, the mean, any disagreement. */
function questionCell(
  candidateId: string,
  own: QuestionRatingRow[],
): ComparisonQuestion['candidates'][number] {
  let sum = 0;
  let asked = 0;
  // Each round's lowest and highest rating: a panel 2 or more apart disagrees.
  const spread = new Map<string, { low: number; high: number }>();
  for (const row of own) {
    if (row.rating === null) continue;
    sum += row.rating;
    asked += 1;
    const range = spread.get(row.round_id);
    if (range) {
      range.low = Math.min(range.low, row.rating);
      range.high = Math.max(range.high, row.rating);
    } else {
      spread.set(row.round_id, { low: row.rating, high: row.rating });
    }
  }
  let disagreement = false;
  for (const { low, high } of spread.values()) {
    if (high - low >= DISAGREEMENT_SPREAD) disagreement = true;
  }
  return {
    candidateId,
    mean: asked === 0 ? null : sum / asked,
    disagreement,
    ratings: own.map((row) => ({
      roundId: row.round_id,
      roundName: row.round_name,
      interviewerName: row.interviewer_name,
      rating: row.rating,
      note: row.note,
    })),
  };
}
