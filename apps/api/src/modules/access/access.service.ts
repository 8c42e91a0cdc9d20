import { can, Capability } from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { AccessRepository } from './access.repository';

const notFound = (what: string) =>
  new AppException('NOT_FOUND', undefined, `This ${what} does not exist.`);
const forbidden = () => new AppException('FORBIDDEN');

/** A further check after "may see": a capability of the role, or any rule of the caller's. */
export type Allowed = Capability | ((user: SessionUser) => boolean | Promise<boolean>);

/**
 * Who may see and change which object. An object the caller may not see is 404 (its existence is
 * not revealed); one they may see but not change is 403. Lists are filtered by the same rules, in
 * SQL, by the repositories (`visibility.sql.ts`); which actions a role has at all is the
 * capability table in contracts.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  canSeeStoredScore(user: SessionUser, candidateId: string): Promise<boolean> {
    return this.repository.canSeeStoredScore(user, candidateId);
  }

  canSeeJob(user: SessionUser, jobId: string): Promise<boolean> {
    return this.repository.canSeeJob(user, jobId);
  }

  canSeeCandidate(user: SessionUser, candidateId: string): Promise<boolean> {
    return this.repository.canSeeCandidate(user, candidateId);
  }

  canSeeRound(user: SessionUser, roundId: string): Promise<boolean> {
    return this.repository.canSeeRound(user, roundId);
  }

  /** Does the caller manage the job (or see everything)? */
  async managesJob(user: SessionUser, jobId: string | null): Promise<boolean> {
    if (can(user.role, 'everything.see')) return true;
    if (user.role !== 'hiring_manager' || !jobId) return false;
    return this.repository.isHiringManagerOf(user.id, jobId);
  }

  /**
   * A job its caller manages, with its title, in one statement (a hot read path: the comparison):
   * 404 unless they may see it, 403 unless they manage it.
   */
  async managedJob(user: SessionUser, jobId: string): Promise<{ title: string }> {
    const row = await this.repository.jobAsManagedBy(user, jobId);
    if (!row?.visible) throw notFound('job');
    if (!row.manages) throw forbidden();
    return { title: row.title };
  }

  /** 404 unless the caller may see the job; then 403 unless `allowed`. */
  async job(user: SessionUser, jobId: string, allowed?: Allowed): Promise<void> {
    if (!(await this.repository.canSeeJob(user, jobId))) throw notFound('job');
    await assertAllowed(user, allowed);
  }

  async candidate(user: SessionUser, candidateId: string, allowed?: Allowed): Promise<void> {
    if (!(await this.repository.canSeeCandidate(user, candidateId))) throw notFound('candidate');
    await assertAllowed(user, allowed);
  }

  async round(user: SessionUser, roundId: string, allowed?: Allowed): Promise<void> {
    if (!(await this.repository.canSeeRound(user, roundId))) throw notFound('interview round');
    await assertAllowed(user, allowed);
  }

  /** The job of a candidate or round, for "does the caller manage it" checks. */
  jobOfCandidate(candidateId: string): Promise<string | null> {
    return this.repository.jobOfCandidate(candidateId);
  }

  jobOfRound(roundId: string): Promise<string | null> {
    return this.repository.jobOfRound(roundId);
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
    const row = await this.repository.scorecardWithOwnStatus(user.id, scorecardId);
    if (!row) return 'hidden';
    if (row.interviewer_id === user.id) return 'owner';
    if (row.status !== 'submitted') return 'hidden';
    if (row.own_status === 'draft') return 'hidden';
    return (await this.repository.canSeeRound(user, row.round_id)) ? 'reader' : 'hidden';
  }

  /** Which of these rounds the caller may see. */
  async visibleRoundIds(user: SessionUser, roundIds: string[]): Promise<Set<string>> {
    if (can(user.role, 'everything.see') || roundIds.length === 0) return new Set(roundIds);
    return this.repository.visibleRoundIds(user, roundIds);
  }
}

async function assertAllowed(user: SessionUser, allowed: Allowed | undefined): Promise<void> {
  if (allowed === undefined) return;
  const ok = typeof allowed === 'string' ? can(user.role, allowed) : await allowed(user);
  if (!ok) throw forbidden();
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
