import { UserRole } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { queryOne } from '../../database/sql';

/** Appends a parameter to a query's list and returns its placeholder. */
export type AddParam = (value: unknown) => string;

/** A caller's visibility condition on a table alias, as the list queries take it. */
export type VisibleCondition = (alias: string, add: AddParam) => string;

const notFound = (what: string) =>
  new AppException('NOT_FOUND', undefined, `This ${what} does not exist.`);
const forbidden = () => new AppException('FORBIDDEN');

/**
 * Who may see and change what. Seeing: admins and recruiters see every job, candidate and round;
 * hiring managers the jobs they manage (their candidates and rounds) and rounds they sit on;
 * interviewers only rounds they are assigned to, and those rounds' candidates and jobs.
 * An object the caller may not see is 404 (its existence is not revealed); one they may see but
 * not change is 403. Lists are filtered by the same rules, in SQL.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** SQL condition: the caller may see job `alias`.id. */
  jobCondition(user: SessionUser, alias: string, add: AddParam): string {
    if (seesEverything(user.role)) return 'TRUE';
    const me = add(user.id);
    const assigned = `EXISTS (SELECT 1 FROM interview_rounds ar JOIN scorecards asc_ ON asc_.round_id = ar.id
                               WHERE ar.job_id = ${alias}.id AND asc_.interviewer_id = ${me})`;
    if (user.role === 'hiring_manager') {
      return `(EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = ${alias}.id AND m.user_id = ${me}) OR ${assigned})`;
    }
    return assigned;
  }

  /** SQL condition: the caller may see candidate `alias`. */
  candidateCondition(user: SessionUser, alias: string, add: AddParam): string {
    if (seesEverything(user.role)) return 'TRUE';
    const me = add(user.id);
    const assigned = `EXISTS (SELECT 1 FROM interview_rounds ar JOIN scorecards asc_ ON asc_.round_id = ar.id
                               WHERE ar.candidate_id = ${alias}.id AND asc_.interviewer_id = ${me})`;
    if (user.role === 'hiring_manager') {
      return `(EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = ${alias}.job_id AND m.user_id = ${me}) OR ${assigned})`;
    }
    return assigned;
  }

  /** SQL condition: the caller may see round `alias`. */
  roundCondition(user: SessionUser, alias: string, add: AddParam): string {
    if (seesEverything(user.role)) return 'TRUE';
    const me = add(user.id);
    const assigned = `EXISTS (SELECT 1 FROM scorecards asc_ WHERE asc_.round_id = ${alias}.id AND asc_.interviewer_id = ${me})`;
    if (user.role === 'hiring_manager') {
      return `(EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = ${alias}.job_id AND m.user_id = ${me}) OR ${assigned})`;
    }
    return assigned;
  }

  /**
   * SQL condition: the caller may see the overall score stored on candidate `alias`. It pools
   * every submitted scorecard of every round, so: not while the caller's own scorecard on one of
   * the candidate's rounds is a draft (independence); interviewers never (it includes panels
   * they do not sit on; their candidate summaries show what they may see); hiring managers on
   * the jobs they manage.
   */
  scoreCondition(user: SessionUser, alias: string, add: AddParam): string {
    if (user.role === 'interviewer') return 'FALSE';
    const me = add(user.id);
    // Checked per listed row (a page: 26 index probes through the partial index on drafts).
    // OFFSET 0 keeps PostgreSQL from turning it into one hashed scan of all the caller's
    // drafts, which it ran as a parallel query: 3 ms of worker start-up on every page.
    const noOwnDraft = `NOT EXISTS (SELECT 1 FROM interview_rounds sr JOIN scorecards ss ON ss.round_id = sr.id
                                     WHERE sr.candidate_id = ${alias}.id AND ss.interviewer_id = ${me} AND ss.status = 'draft'
                                     OFFSET 0)`;
    if (seesEverything(user.role)) return noOwnDraft;
    return `(EXISTS (SELECT 1 FROM job_hiring_managers sm WHERE sm.job_id = ${alias}.job_id AND sm.user_id = ${me}) AND ${noOwnDraft})`;
  }

  async canSeeScore(user: SessionUser, candidateId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM candidates c WHERE c.id = $1`, candidateId, (add) =>
      this.scoreCondition(user, 'c', add),
    );
  }

  async canSeeJob(user: SessionUser, jobId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM jobs j WHERE j.id = $1`, jobId, (add) =>
      this.jobCondition(user, 'j', add),
    );
  }

  async canSeeCandidate(user: SessionUser, candidateId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM candidates c WHERE c.id = $1`, candidateId, (add) =>
      this.candidateCondition(user, 'c', add),
    );
  }

  async canSeeRound(user: SessionUser, roundId: string): Promise<boolean> {
    return this.exists(`SELECT 1 FROM interview_rounds r WHERE r.id = $1`, roundId, (add) =>
      this.roundCondition(user, 'r', add),
    );
  }

  /** Does the caller manage the job (or see everything)? */
  async managesJob(user: SessionUser, jobId: string | null): Promise<boolean> {
    if (seesEverything(user.role)) return true;
    if (user.role !== 'hiring_manager' || !jobId) return false;
    return Boolean(
      await queryOne(
        this.dataSource.manager,
        `SELECT 1 FROM job_hiring_managers WHERE job_id = $1 AND user_id = $2`,
        [jobId, user.id],
      ),
    );
  }

  /**
   * A job its caller manages, with its title, in one statement (a hot read path: the comparison):
   * 404 unless they may see it, 403 unless they manage it.
   */
  async managedJob(user: SessionUser, jobId: string): Promise<{ title: string }> {
    const params: unknown[] = [jobId];
    const add: AddParam = (value) => {
      params.push(value);
      return `$${params.length}`;
    };
    const visible = this.jobCondition(user, 'j', add);
    const manages = seesEverything(user.role)
      ? 'TRUE'
      : user.role === 'hiring_manager'
        ? `EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = j.id AND m.user_id = ${add(user.id)})`
        : 'FALSE';
    const row = await queryOne<{ title: string; visible: boolean; manages: boolean }>(
      this.dataSource.manager,
      `SELECT j.title, ${visible} AS visible, ${manages} AS manages FROM jobs j WHERE j.id = $1`,
      params,
    );
    if (!row?.visible) throw notFound('job');
    if (!row.manages) throw forbidden();
    return { title: row.title };
  }

  /** 404 unless the caller may see the job; then 403 unless `allowed`. */
  async job(
    user: SessionUser,
    jobId: string,
    allowed: (user: SessionUser) => boolean | Promise<boolean> = () => true,
  ): Promise<void> {
    if (!(await this.canSeeJob(user, jobId))) throw notFound('job');
    if (!(await allowed(user))) throw forbidden();
  }

  async candidate(
    user: SessionUser,
    candidateId: string,
    allowed: (user: SessionUser) => boolean | Promise<boolean> = () => true,
  ): Promise<void> {
    if (!(await this.canSeeCandidate(user, candidateId))) throw notFound('candidate');
    if (!(await allowed(user))) throw forbidden();
  }

  async round(
    user: SessionUser,
    roundId: string,
    allowed: (user: SessionUser) => boolean | Promise<boolean> = () => true,
  ): Promise<void> {
    if (!(await this.canSeeRound(user, roundId))) throw notFound('interview round');
    if (!(await allowed(user))) throw forbidden();
  }

  /** The job of a candidate or round, for "does the caller manage it" checks. */
  async jobOfCandidate(candidateId: string): Promise<string | null> {
    const row = await queryOne<{ job_id: string | null }>(
      this.dataSource.manager,
      `SELECT job_id FROM candidates WHERE id = $1`,
      [candidateId],
    );
    return row?.job_id ?? null;
  }

  async jobOfRound(roundId: string): Promise<string | null> {
    const row = await queryOne<{ job_id: string }>(
      this.dataSource.manager,
      `SELECT job_id FROM interview_rounds WHERE id = $1`,
      [roundId],
    );
    return row?.job_id ?? null;
  }

  /**
   * A scorecard is visible to its owner always. Anyone else sees it only once submitted, and only
   * if they may see the round; a panel member only after submitting (or declining) their own:
   * independence, enforced here and not just in the UI.
   */
  async scorecardVisibility(
    user: SessionUser,
    scorecardId: string,
  ): Promise<'owner' | 'reader' | 'hidden'> {
    const row = await queryOne<{
      interviewer_id: string;
      status: string;
      round_id: string;
      own_status: string | null;
    }>(
      this.dataSource.manager,
      `SELECT s.interviewer_id, s.status, s.round_id,
              (SELECT own.status FROM scorecards own WHERE own.round_id = s.round_id AND own.interviewer_id = $2) AS own_status
         FROM scorecards s WHERE s.id = $1`,
      [scorecardId, user.id],
    );
    if (!row) return 'hidden';
    if (row.interviewer_id === user.id) return 'owner';
    if (row.status !== 'submitted') return 'hidden';
    if (row.own_status === 'draft') return 'hidden';
    return (await this.canSeeRound(user, row.round_id)) ? 'reader' : 'hidden';
  }

  /** Which of these rounds the caller may see. */
  async visibleRoundIds(user: SessionUser, roundIds: string[]): Promise<Set<string>> {
    if (seesEverything(user.role) || roundIds.length === 0) return new Set(roundIds);
    const params: unknown[] = [roundIds];
    const add: AddParam = (value) => {
      params.push(value);
      return `$${params.length}`;
    };
    const rows = (await this.dataSource.query(
      `SELECT r.id FROM interview_rounds r WHERE r.id = ANY($1::uuid[]) AND ${this.roundCondition(user, 'r', add)}`,
      params,
    )) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  private async exists(
    baseSql: string,
    id: string,
    condition: (add: AddParam) => string,
  ): Promise<boolean> {
    const params: unknown[] = [id];
    const add: AddParam = (value) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = condition(add);
    return Boolean(await queryOne(this.dataSource.manager, `${baseSql} AND ${where}`, params));
  }
}

/**
 * Rounds where the viewer's own scorecard is still a draft: there they see nothing of the panel's
 * results (independence). Read from the panels the caller has already loaded.
 */
export function roundsWithOwnDraft(
  viewer: SessionUser,
  rounds: { roundId: string; interviewers: { interviewerId: string; status: string }[] }[],
): Set<string> {
  return new Set(
    rounds
      .filter((round) =>
        round.interviewers.some((i) => i.interviewerId === viewer.id && i.status === 'draft'),
      )
      .map((round) => round.roundId),
  );
}

export function seesEverything(role: UserRole): boolean {
  return role === 'admin' || role === 'recruiter';
}

/** Role checks for the "allowed" argument of the access methods. */
export const can = {
  manageJobs: (user: SessionUser) => seesEverything(user.role),
  editCandidates: (user: SessionUser) => seesEverything(user.role),
  editRubrics: (user: SessionUser) => user.role === 'admin',
};
