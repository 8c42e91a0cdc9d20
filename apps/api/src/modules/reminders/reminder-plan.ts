import { JobsConfig } from '../../config/env';

const HOUR_MS = 3_600_000;

export type ReminderAudience = 'interviewer' | 'managers' | 'recruiters';

/** One owed scorecard as the due-finder reads it. */
export interface DueScorecard {
  scorecardId: string;
  scorecardStatus: string;
  roundStatus: string;
  dueAt: Date;
}

export interface PlannedNotice {
  audience: ReminderAudience;
  /** Unique per recipient: a second sweep (or instance) planning the same notice inserts nothing. */
  dedupeKey: string;
  overdueHours: number;
}

export interface ReminderPlan {
  notices: PlannedNotice[];
  /** When to look at this scorecard again; null: never (submitted, declined, no-show, cancelled). */
  nextAt: Date | null;
}

export type ReminderSettings = Pick<
  JobsConfig,
  'reminderEveryHours' | 'escalateToManagersAfterHours' | 'escalateToRecruitersAfterHours'
>;

/**
 * What is owed for one scorecard at `now`: the interviewer's reminder at due and every
 * `reminderEveryHours` after (one per step, named by the step, so a late sweep sends the current
 * step once rather than every missed one), the hiring managers' escalation once past their
 * threshold, then the recruiters'. Everything stops once the scorecard is no longer owed.
 */
export function planReminders(
  scorecard: DueScorecard,
  now: Date,
  settings: ReminderSettings,
): ReminderPlan {
  const owed =
    scorecard.scorecardStatus === 'draft' &&
    (scorecard.roundStatus === 'scheduled' || scorecard.roundStatus === 'completed');
  if (!owed) return { notices: [], nextAt: null };
  const dueMs = scorecard.dueAt.getTime();
  if (now.getTime() < dueMs) return { notices: [], nextAt: scorecard.dueAt };

  const overdueHours = (now.getTime() - dueMs) / HOUR_MS;
  const step = Math.floor(overdueHours / settings.reminderEveryHours);
  const id = scorecard.scorecardId;
  const notices: PlannedNotice[] = [
    { audience: 'interviewer', dedupeKey: `reminder:${id}:${step}`, overdueHours },
  ];
  const wakeUps = [dueMs + (step + 1) * settings.reminderEveryHours * HOUR_MS];
  const escalations: [ReminderAudience, number][] = [
    ['managers', settings.escalateToManagersAfterHours],
    ['recruiters', settings.escalateToRecruitersAfterHours],
  ];
  for (const [audience, afterHours] of escalations) {
    if (overdueHours >= afterHours) {
      notices.push({ audience, dedupeKey: `escalation:${audience}:${id}`, overdueHours });
    } else {
      wakeUps.push(dueMs + afterHours * HOUR_MS);
    }
  }
  return { notices, nextAt: new Date(Math.min(...wakeUps)) };
}

/** "3 hours", "2 days": how late, for people. */
export function describeOverdue(hours: number): string {
  if (hours < 1) return 'just now';
  if (hours < 48) {
    const whole = Math.floor(hours);
    return `${whole} hour${whole === 1 ? '' : 's'} ago`;
  }
  return `${Math.floor(hours / 24)} days ago`;
}
