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

/** When this interviewer first opened the round, kept across reloads. */
export function interviewStartedAt(scorecardId: string): number {
  const key = `calibrate.interview-started.${scorecardId}`;
  try {
    const stored = Number(localStorage.getItem(key));
    if (stored > 0) return stored;
    const now = Date.now();
    localStorage.setItem(key, String(now));
    return now;
  } catch {
    return Date.now();
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
