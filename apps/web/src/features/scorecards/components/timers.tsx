import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Re-renders itself once a second, and nothing else: the form around it stays still. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** What the server says about an answer: its last save (a never-saved answer is version 0). */
type SavedAnswer = { updatedAt: string; version: number };

/**
 * When the interview started: the earliest of the moment this device first opened it and the oldest
 * answer the server holds (its last save: the interview had begun by then). The device's record alone restarted the clock on another device, in a
 * new browser profile or after site data was cleared, although half the questions were answered.
 */
export function interviewStart(
  stored: number | null,
  answers: readonly SavedAnswer[],
  now: number,
): number {
  const saved = answers
    .filter((answer) => answer.version > 0)
    .map((answer) => Date.parse(answer.updatedAt))
    .filter((time) => Number.isFinite(time) && time <= now);
  return Math.min(stored !== null && stored > 0 ? stored : now, ...saved);
}

/** When this interviewer started the round (see `interviewStart`), kept across reloads. */
export function interviewStartedAt(
  scorecardId: string,
  answers: readonly SavedAnswer[] = [],
): number {
  const key = `calibrate.interview-started.${scorecardId}`;
  const now = Date.now();
  try {
    const stored = Number(localStorage.getItem(key));
    const start = interviewStart(stored > 0 ? stored : null, answers, now);
    if (start !== stored) localStorage.setItem(key, String(start));
    return start;
  } catch {
    return interviewStart(null, answers, now);
  }
}

export function ElapsedTimer({ since, label }: { since: number; label: string }) {
  const now = useNow();
  const value = formatDuration(now - since);
  return (
    <Text size="sm" ff="monospace" aria-label={`${label} ${value}`} role="timer">
      {value}
    </Text>
  );
}

/** Time on the current question: what was spent before plus the time since it was opened. */
export function QuestionTimer({ spentBefore, since }: { spentBefore: number; since: number }) {
  const now = useNow();
  const value = formatDuration(spentBefore + now - since);
  return (
    <Text
      size="xs"
      c="dimmed"
      ff="monospace"
      role="timer"
      aria-label={`Time on this question ${value}`}
    >
      {value} on this question
    </Text>
  );
}
