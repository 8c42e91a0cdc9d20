import { formatDuration, interviewStart, interviewStartedAt } from './timers';

const scorecardId = '00000000-0000-4000-8000-000000000700';
const key = `calibrate.interview-started.${scorecardId}`;
const minute = 60_000;

describe('interviewStart', () => {
  const now = Date.parse('2026-11-30T10:00:00.000Z');
  const saved = (minutesAgo: number, version = 1) => ({
    updatedAt: new Date(now - minutesAgo * minute).toISOString(),
    version,
  });

  it('is now for a first opening with nothing answered', () => {
    expect(interviewStart(null, [], now)).toBe(now);
  });

  it('keeps what this device recorded', () => {
    expect(interviewStart(now - 12 * minute, [], now)).toBe(now - 12 * minute);
  });

  it('goes back to the oldest saved answer when the device has no record or a later one', () => {
    expect(interviewStart(null, [saved(5), saved(20), saved(9)], now)).toBe(now - 20 * minute);
    expect(interviewStart(now - 3 * minute, [saved(20)], now)).toBe(now - 20 * minute);
    expect(interviewStart(now - 30 * minute, [saved(20)], now)).toBe(now - 30 * minute);
  });

  it('ignores never-saved answers, unreadable times and times ahead of the clock', () => {
    expect(
      interviewStart(
        null,
        [saved(40, 0), { updatedAt: 'not a date', version: 2 }, saved(-10)],
        now,
      ),
    ).toBe(now);
  });
});

describe('interviewStartedAt', () => {
  afterEach(() => localStorage.clear());

  it('survives a reload, and reopening elsewhere does not restart the clock', () => {
    const first = interviewStartedAt(scorecardId);
    expect(Number(localStorage.getItem(key))).toBe(first);
    expect(interviewStartedAt(scorecardId)).toBe(first);

    // Another device, or site data cleared, with answers already saved 25 minutes ago.
    localStorage.clear();
    const answeredAt = Date.now() - 25 * minute;
    const reopened = interviewStartedAt(scorecardId, [
      { updatedAt: new Date(answeredAt).toISOString(), version: 3 },
    ]);
    expect(reopened).toBe(answeredAt);
    expect(Number(localStorage.getItem(key))).toBe(answeredAt);
  });
});

describe('formatDuration', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
