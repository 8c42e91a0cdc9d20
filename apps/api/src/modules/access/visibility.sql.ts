import { can } from '@calibrate/contracts';

import { SessionUser } from '../../common/auth/session-user';

/** Appends a parameter to a statement's list and returns its placeholder. */
export type AddParam = (value: unknown) => string;

/** A statement's parameters and the placeholder maker that fills them. */
export function sqlParams(initial: unknown[] = []): { params: unknown[]; add: AddParam } {
  const params = [...initial];
  return {
    params,
    add: (value) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

/*
 * Who may see which row, as SQL conditions on a table alias, for repositories to put in their
 * WHERE clauses (services pass the viewer, never SQL). Admins and recruiters see every job,
 * candidate and round; hiring managers the jobs they manage (their candidates and rounds) and rounds
 * they sit on; interviewers only rounds they are assigned to, and those rounds' candidates and jobs.
 */

/** The viewer may see job `alias`. */
export function visibleJobSql(viewer: SessionUser, alias: string, add: AddParam): string {
  if (can(viewer.role, 'everything.see')) return 'TRUE';
  const me = add(viewer.id);
  const assigned = `EXISTS (SELECT 1 FROM interview_rounds ar JOIN scorecards asc_ ON asc_.round_id = ar.id
                             WHERE ar.job_id = ${alias}.id AND asc_.interviewer_id = ${me})`;
  if (viewer.role === 'hiring_manager') {
    return `(EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = ${alias}.id AND m.user_id = ${me}) OR ${assigned})`;
  }
  return assigned;
}

/** The viewer may see candidate `alias`. */
export function visibleCandidateSql(viewer: SessionUser, alias: string, add: AddParam): string {
  if (can(viewer.role, 'everything.see')) return 'TRUE';
  const me = add(viewer.id);
  const assigned = `EXISTS (SELECT 1 FROM interview_rounds ar JOIN scorecards asc_ ON asc_.round_id = ar.id
                             WHERE ar.candidate_id = ${alias}.id AND asc_.interviewer_id = ${me})`;
  if (viewer.role === 'hiring_manager') {
    return `(EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = ${alias}.job_id AND m.user_id = ${me}) OR ${assigned})`;
  }
  return assigned;
}

/** The viewer may see round `alias`. */
export function visibleRoundSql(viewer: SessionUser, alias: string, add: AddParam): string {
  if (can(viewer.role, 'everything.see')) return 'TRUE';
  const me = add(viewer.id);
  const assigned = `EXISTS (SELECT 1 FROM scorecards asc_ WHERE asc_.round_id = ${alias}.id AND asc_.interviewer_id = ${me})`;
  if (viewer.role === 'hiring_manager') {
    return `(EXISTS (SELECT 1 FROM job_hiring_managers m WHERE m.job_id = ${alias}.job_id AND m.user_id = ${me}) OR ${assigned})`;
  }
  return assigned;
}

/**
 * The viewer may see the overall score stored on candidate `alias`. It pools every submitted
 * scorecard of every round, so: not while the viewer's own scorecard on one of the candidate's
 * rounds is a draft (independence); interviewers never (it includes panels they do not sit on;
 * their candidate summaries show what they may see); hiring managers on the jobs they manage.
 */
export function visibleStoredScoreSql(viewer: SessionUser, alias: string, add: AddParam): string {
  if (!can(viewer.role, 'candidates.compare')) return 'FALSE';
  const me = add(viewer.id);
  // Checked per listed row (a page: 26 index probes through the partial index on drafts).
  // OFFSET 0 keeps PostgreSQL from turning it into one hashed scan of all the viewer's
  // drafts, which it ran as a parallel query: 3 ms of worker start-up on every page.
  const noOwnDraft = `NOT EXISTS (SELECT 1 FROM interview_rounds sr JOIN scorecards ss ON ss.round_id = sr.id
                                   WHERE sr.candidate_id = ${alias}.id AND ss.interviewer_id = ${me} AND ss.status = 'draft'
                                   OFFSET 0)`;
  if (can(viewer.role, 'everything.see')) return noOwnDraft;
  return `(EXISTS (SELECT 1 FROM job_hiring_managers sm WHERE sm.job_id = ${alias}.job_id AND sm.user_id = ${me}) AND ${noOwnDraft})`;
}

/**
 * The candidates, among those the viewer sees, whose stored score `visibleStoredScoreSql` hides
 * from a viewer who may compare: those of the viewer's own draft scorecards and, for a hiring
 * manager, those of panels they sit on for jobs they do not manage. As a SQL array, computed once
 * per statement: it comes from the viewer's own scorecards, so it is short. Lists sort and filter
 * these as unscored, since a place in a score order gives the score away. `null` for viewers
 * who see no scores at all (they may not sort or filter by them).
 */
export function hiddenScoreCandidatesSql(viewer: SessionUser, add: AddParam): string | null {
  if (!can(viewer.role, 'candidates.compare')) return null;
  const me = add(viewer.id);
  const hidden = can(viewer.role, 'everything.see')
    ? `hs.status = 'draft'`
    : `(hs.status = 'draft' OR NOT EXISTS (SELECT 1 FROM candidates hc JOIN job_hiring_managers hm ON hm.job_id = hc.job_id
                                            WHERE hc.id = hr.candidate_id AND hm.user_id = ${me}))`;
  return `ARRAY(SELECT hr.candidate_id FROM scorecards hs JOIN interview_rounds hr ON hr.id = hs.round_id
                 WHERE hs.interviewer_id = ${me} AND ${hidden})`;
}

/**
 * The viewer may see figures about the interviewer whose id is `column` (calibration): admins
 * everyone, hiring managers those who scored on jobs they manage, anyone else only themselves.
 */
export function visibleInterviewerSql(viewer: SessionUser, column: string, add: AddParam): string {
  if (viewer.role === 'admin') return 'TRUE';
  const me = add(viewer.id);
  if (viewer.role === 'hiring_manager') {
    return `(${column} = ${me} OR EXISTS (
              SELECT 1 FROM scorecards vs JOIN interview_rounds vr ON vr.id = vs.round_id
                JOIN job_hiring_managers vm ON vm.job_id = vr.job_id
               WHERE vs.interviewer_id = ${column} AND vm.user_id = ${me}))`;
  }
  return `${column} = ${me}`;
}

/** A repository's choice of whether stored scores show: the viewer's rule, or never (exports). */
export type StoredScores = 'as-viewer-may' | 'never';
