import { can, CandidateSummary, Comparison, RoundGroupScore } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { AccessService, roundsWithOwnDraft } from '../access/access.service';
import { ScoringRepository } from '../scorecards/scoring.repository';
import { ComparisonRepository, Panels } from './comparison.repository';
import {
  comparisonWarnings,
  groupCategories,
  groupQuestionRatings,
  groupRounds,
  groupScores,
  JobSummary,
  restrictSummary,
  RoundGroupHead,
  summarizePanels,
} from './score-roll-ups';

/** A candidate's overall figures and their figures per round group (see `groupedScores`). */
export interface GroupedScores {
  /** The knock-outs the viewer may see (a question's only with its round's results). */
  knockOuts: CandidateSummary['knockOuts'];
  overall: CandidateSummary['overall'];
  roundGroups: RoundGroupScore[];
}

/**
 * Read models over scores: a candidate's summary and a job's side-by-side comparison. Only
 * submitted scorecards count or show; drafts appear as a status, never with scores. A fixed
 * number of queries whatever the number of candidates, rounds or interviewers.
 */
@Injectable()
export class ComparisonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ComparisonRepository,
    private readonly scoring: ScoringRepository,
    private readonly access: AccessService,
  ) {}

  async candidateSummary(candidateId: string, viewer: SessionUser): Promise<CandidateSummary> {
    const summaries = await this.restrict(viewer, await this.summaries([candidateId], null));
    const summary = summaries.get(candidateId);
    if (!summary) throw new AppException('NOT_FOUND', undefined, 'This candidate does not exist.');
    return can(viewer.role, 'calibration.view')
      ? summary
      : withoutColleaguesLeniency(summary, viewer);
  }

  /**
   * 2–8 candidates of a job side by side. The caller manages the job (the controller checked it),
   * so every round of the job is theirs to see: only their own drafts hide a panel's results.
   */
  async comparison(
    job: { id: string; title: string },
    candidateIds: string[],
    viewer: SessionUser,
  ): Promise<Comparison> {
    const [panels, plan] = await Promise.all([
      this.repository.findPanels(candidateIds, job.id),
      this.repository.findPlanRounds([job.id]),
    ]);
    // The ratings behind the scores load beside the scores: both need only the rounds.
    const ownDrafts = new Set(
      panels.scorecards
        .filter((card) => card.interviewer_id === viewer.id && card.status === 'draft')
        .map((card) => card.round_id),
    );
    const [summaries, ratingRows] = await Promise.all([
      this.scoreSummaries(panels, job.id).then((scored) => this.restrict(viewer, scored, true)),
      this.repository.findQuestionRatings(
        panels.rounds.filter((round) => !ownDrafts.has(round.id)),
      ),
    ]);
    const problems = candidateIds.flatMap((id, index) =>
      summaries.get(id)?.jobId === job.id
        ? []
        : [
            {
              path: ['candidateIds', index],
              code: 'not_in_job',
              message: 'This candidate has not applied to this job.',
            },
          ],
    );
    if (problems.length > 0) throw new AppException('VALIDATION_FAILED', problems);

    const seesLeniency = can(viewer.role, 'calibration.view');
    const compared = candidateIds
      .map((id) => summaries.get(id))
      .filter((s): s is JobSummary => Boolean(s));
    // Warnings read every leniency; the rounds show others' only to those who see Calibration.
    const shown = seesLeniency
      ? compared
      : compared.map((s) => withoutColleaguesLeniency(s, viewer));
    const categories = [
      ...new Set(compared.flatMap((s) => s.overall.categories.map((c) => c.name))),
    ];
    const grouping = groupRounds(panels.rounds, plan);
    const byGroup = compared.map((s) => groupScores(s.rounds, grouping));
    const roundGroups = groupCategories(grouping.groups, byGroup);
    return {
      jobId: job.id,
      jobTitle: job.title,
      categories,
      roundGroups,
      candidates: shown.map((s, index) => ({
        candidateId: s.candidateId,
        name: s.candidateName,
        stage: s.stage,
        knockOuts: s.knockOuts,
        overall: s.overall,
        roundGroups: byGroup[index] ?? [],
        rounds: s.rounds.map((round) => ({
          roundId: round.roundId,
          name: round.name,
          rubricVersionId: round.rubricVersionId,
          rubricVersion: round.rubricVersion,
          weightedScore100: round.scores.weightedScore100,
          correctedScore100: round.correctedScore100,
          panelSplit: round.panelSplit,
          interviewers: round.interviewers.filter((i) => i.status === 'submitted'),
        })),
      })),
      warnings: comparisonWarnings(compared),
      questions: groupQuestionRatings(ratingRows, candidateIds, roundGroups, grouping.groupOf),
    };
  }

  /**
   * Each candidate's overall figures over all their rounds, and per round group (their jobs'
   * plan rounds and rubrics, as in a comparison), as this viewer may see them. Groups come in
   * plan order; `sortRoundGroups` orders them again once several calls are merged.
   */
  async groupedScores(
    candidateIds: string[],
    viewer: SessionUser,
  ): Promise<{ groups: RoundGroupHead[]; candidates: Map<string, GroupedScores> }> {
    const panels = await this.repository.findPanels(candidateIds, null);
    const [plan, summaries] = await Promise.all([
      this.repository.findPlanRounds([...new Set(panels.rounds.map((round) => round.job_id))]),
      this.scoreSummaries(panels, null).then((scored) => this.restrict(viewer, scored)),
    ]);
    // Only rounds the viewer may see make a group.
    const visible = new Set(
      [...summaries.values()].flatMap((s) => s.rounds.map((round) => round.roundId)),
    );
    const grouping = groupRounds(
      panels.rounds.filter((round) => visible.has(round.id)),
      plan,
    );
    return {
      groups: grouping.groups,
      candidates: new Map(
        [...summaries].map(([id, summary]) => [
          id,
          {
            knockOuts: summary.knockOuts,
            overall: summary.overall,
            roundGroups: groupScores(summary.rounds, grouping),
          },
        ]),
      ),
    };
  }

  /** What this viewer may see of the summaries (see `restrictSummary`). */
  private async restrict(
    viewer: SessionUser,
    summaries: Map<string, JobSummary>,
    everyRoundVisible = false,
  ): Promise<Map<string, JobSummary>> {
    const rounds = [...summaries.values()].flatMap((summary) => summary.rounds);
    const roundIds = rounds.map((round) => round.roundId);
    const visible = everyRoundVisible
      ? new Set(roundIds)
      : await this.access.visibleRoundIds(viewer, roundIds);
    // While the viewer's own scorecard on any of a candidate's rounds is a draft, no panel
    // result of that candidate shows, earlier rounds' included: they would anchor the draft
    // (the stored score in lists is hidden by the same rule).
    const ownDrafts = new Set(
      [...summaries.values()]
        .filter((summary) => roundsWithOwnDraft(viewer, summary.rounds).size > 0)
        .flatMap((summary) => summary.rounds.map((round) => round.roundId)),
    );
    if (visible.size === roundIds.length && ownDrafts.size === 0) return summaries;
    return new Map(
      [...summaries].map(([id, summary]) => [id, restrictSummary(summary, visible, ownDrafts)]),
    );
  }

  /** Summaries of many candidates (their rounds of `jobId` only, when given). */
  private async summaries(
    candidateIds: string[],
    jobId: string | null,
  ): Promise<Map<string, JobSummary>> {
    return this.scoreSummaries(await this.repository.findPanels(candidateIds, jobId), jobId);
  }

  private async scoreSummaries(panels: Panels, jobId: string | null) {
    const submitted = panels.scorecards.filter((scorecard) => scorecard.status === 'submitted');
    const scores = await this.scoring.forRoundsAndScorecards(
      panels.rounds.map((round) => round.id),
      submitted.map((scorecard) => scorecard.id),
      this.dataSource.manager,
    );
    return summarizePanels(panels, scores, jobId);
  }
}

/**
 * Interviewers see only their own calibration figures: a colleague's leniency (or their corrected
 * score, which reveals it) stays with those who may read Calibration.
 */
function withoutColleaguesLeniency<T extends CandidateSummary>(summary: T, viewer: SessionUser): T {
  return {
    ...summary,
    rounds: summary.rounds.map((round) => ({
      ...round,
      interviewers: round.interviewers.map((i) =>
        i.interviewerId === viewer.id
          ? i
          : { ...i, leniency: null, calibrated: null, correctedScore100: null },
      ),
    })),
  };
}
