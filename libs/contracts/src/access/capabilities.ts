import type { UserRole } from '../users/users.schema';

/**
 * What each role may do, in one table: the API's route guards, the web app's routes and
 * navigation, and the screens' buttons all read it. Which objects a role sees (its jobs, its
 * rounds) is decided per row by the API's access rules; this table says which actions exist for it.
 */
export const capabilityRoles = {
  /** See every job, candidate and round (no per-row visibility check). */
  'everything.see': ['admin', 'recruiter'],
  /** Add, edit and import candidates. */
  'candidates.edit': ['admin', 'recruiter'],
  /** Move candidates between stages. */
  'candidates.move': ['admin', 'recruiter', 'hiring_manager'],
  /** Compare candidates side by side, export the pipeline, see and sort by stored scores. */
  'candidates.compare': ['admin', 'recruiter', 'hiring_manager'],
  /** Who still owes scorecards. */
  'feedback.view': ['admin', 'recruiter', 'hiring_manager'],
  /** The jobs screen (hiring managers: their own jobs). */
  'jobs.view': ['admin', 'recruiter', 'hiring_manager'],
  /** Schedule interview rounds (hiring managers: on their own jobs). */
  'interviews.schedule': ['admin', 'recruiter', 'hiring_manager'],
  /** Create and edit jobs and their interview plans. */
  'jobs.edit': ['admin', 'recruiter'],
  /** List colleagues by name (panels, hiring managers, audit trails). */
  'people.list': ['admin', 'recruiter', 'hiring_manager'],
  /** Interviewer calibration: leniency, agreement and reliability (hiring managers: their jobs' interviewers). */
  'calibration.view': ['admin', 'hiring_manager'],
  /** Record what happened after a hire (nesting QA, handle time, attrition). */
  'outcomes.record': ['admin', 'recruiter'],
  /** The validity report: which interview scores predict those outcomes (hiring managers: their jobs). */
  'validity.view': ['admin', 'recruiter', 'hiring_manager'],
  /** Start a refit of the calibration model. */
  'calibration.refit': ['admin'],
  /** Edit and publish rubrics. */
  'rubrics.edit': ['admin'],
  /** Manage user accounts. */
  'users.manage': ['admin'],
  /** Register webhook endpoints and read their deliveries. */
  'webhooks.manage': ['admin'],
  /** Read the e-mail outbox: what was sent, and what waits while no SMTP server is configured. */
  'email.outbox.view': ['admin'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Capability = keyof typeof capabilityRoles;

export function can(role: UserRole | undefined, capability: Capability): boolean {
  return role !== undefined && (capabilityRoles[capability] as readonly UserRole[]).includes(role);
}

/** The roles holding a capability, for route guards. */
export function rolesWith(capability: Capability): readonly UserRole[] {
  return capabilityRoles[capability];
}
