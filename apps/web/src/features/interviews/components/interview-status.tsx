import { MyInterview } from '@calibrate/contracts';
import { Badge } from '@mantine/core';

/** One word for where an interview stands for me, always in text (never colour alone). */
export function interviewStatus(item: MyInterview): { label: string; color: string } {
  if (item.roundStatus === 'no_show') return { label: 'No-show', color: 'orange' };
  if (item.roundStatus === 'cancelled') return { label: 'Cancelled', color: 'gray' };
  if (item.scorecardStatus === 'submitted') return { label: 'Submitted', color: 'teal' };
  if (item.scorecardStatus === 'declined') return { label: 'Declined', color: 'gray' };
  if (item.overdue) return { label: 'Overdue', color: 'red' };
  if (item.answered > 0) return { label: 'In progress', color: 'blue' };
  if (new Date(item.scheduledAt) <= new Date()) return { label: 'To score', color: 'yellow' };
  return { label: 'Scheduled', color: 'gray' };
}

export function InterviewStatusBadge({ item }: { item: MyInterview }) {
  const status = interviewStatus(item);
  return (
    // Dark text on the tint: the colour is a second cue, the word the first. Never cut short
    // ("IN PROGR…"): the badge keeps its text's width in a narrow column.
    <Badge color={status.color} variant="light" c="dark.8" miw="max-content">
      {status.label}
    </Badge>
  );
}
