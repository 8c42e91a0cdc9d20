import { LiveEvent, PanelMemberProgress, RoundProgress } from '@calibrate/contracts';

/** Rounds whose panel is worth following from My interviews: begun today, my card still a draft. */
const LIVE_FOR_MS = 12 * 3600_000;

export function isUnderWay(
  item: { scheduledAt: string; roundStatus: string; scorecardStatus: string },
  now: Date,
): boolean {
  const since = now.getTime() - new Date(item.scheduledAt).getTime();
  return (
    item.roundStatus === 'scheduled' &&
    item.scorecardStatus === 'draft' &&
    since >= 0 &&
    since < LIVE_FOR_MS
  );
}

/** "Not started", "12 of 38 answered", "Submitted", "Declined": never a rating. */
export function panelMemberLabel(member: PanelMemberProgress): string {
  if (member.status === 'submitted') return 'Submitted';
  if (member.status === 'declined') return 'Declined';
  if (member.answered === 0) return 'Not started';
  return `${member.answered} of ${member.questions} answered`;
}

/**
 * A round's progress with a live scorecard event applied: the count and status move without a
 * refetch. Another round's event, or a scorecard not on the panel, leaves it as it was.
 */
export function applyProgressEvent(
  progress: RoundProgress | undefined,
  event: LiveEvent,
): RoundProgress | undefined {
  if (!progress || !('scorecardId' in event) || event.roundId !== progress.roundId) return progress;
  if (!progress.panel.some((member) => member.scorecardId === event.scorecardId)) return progress;
  return {
    ...progress,
    panel: progress.panel.map((member) =>
      member.scorecardId === event.scorecardId
        ? { ...member, status: event.status, answered: event.answered, questions: event.questions }
        : member,
    ),
  };
}
