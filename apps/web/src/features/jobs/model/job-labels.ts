import { CandidateStage, InterviewRound } from '@calibrate/contracts';

export const statusLabels = { open: 'Open', on_hold: 'On hold', closed: 'Closed' } as const;
export const shiftLabels = {
  day: 'Day',
  mid: 'Mid',
  night: 'Night',
  rotating: 'Rotating',
  flexible: 'Flexible',
} as const;

/** Where a round stands for the overview, from its status and its scorecards. */
export type RoundState = 'upcoming' | 'awaiting' | 'scored' | 'cancelled' | 'no_show';

export const roundStateLabels: Record<RoundState, string> = {
  upcoming: 'Scheduled',
  awaiting: 'Awaiting scores',
  scored: 'Scored',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/**
 * A round that has begun waits for scores until every owed (not declined) scorecard is in,
 * whatever its stored status says: a floor manager reads "Scored" as "nothing left to chase".
 */
export function roundState(round: InterviewRound, now: number): RoundState {
  if (round.status === 'cancelled' || round.status === 'no_show') return round.status;
  if (new Date(round.scheduledAt).getTime() > now) return 'upcoming';
  const owed = round.scorecards.filter((card) => card.status !== 'declined');
  return owed.length > 0 && owed.every((card) => card.status === 'submitted')
    ? 'scored'
    : 'awaiting';
}

/** "Mon 1 Dec, 09:30" in the browser's locale and time zone. */
export const formatRoundTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "3 h", "2 days": how long a scorecard is overdue, for people on a floor, not a spreadsheet. */
export function formatOverdue(hours: number): string {
  if (hours < 0) return `due in ${formatDuration(-hours)}`;
  return `${formatDuration(hours)} overdue`;
}

function formatDuration(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

/** The pipeline's stage colours (they carry meaning only beside the stage's name). */
export const stageColors: Record<CandidateStage, string> = {
  applied: 'gray',
  screening: 'blue',
  interviewing: 'indigo',
  offer: 'grape',
  hired: 'teal',
  rejected: 'red',
  withdrawn: 'orange',
};
