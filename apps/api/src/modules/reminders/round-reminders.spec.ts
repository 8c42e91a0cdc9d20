import { roundReminderDue } from './round-reminders.service';

const HOUR = 3_600_000;
const start = new Date('2026-03-02T09:00:00Z');
const at = (hoursBefore: number) => new Date(start.getTime() - hoursBefore * HOUR);

describe('roundReminderDue', () => {
  it('reminds a day before, once the run passes that time', () => {
    expect(roundReminderDue(start, at(23.99), at(24.05))).toBe('day');
    expect(roundReminderDue(start, at(24.1), at(24.2))).toBeNull();
  });

  it('reminds an hour before, and not of the day once the hour has come', () => {
    expect(roundReminderDue(start, at(0.95), at(1.05))).toBe('hour');
    expect(roundReminderDue(start, at(0.5), null)).toBe('hour');
  });

  it('sends nothing between the two, after the start, or for a time long passed', () => {
    expect(roundReminderDue(start, at(12), at(12.05))).toBeNull();
    expect(roundReminderDue(start, at(-0.1), at(0.05))).toBeNull();
    // The run before already looked past the day-before time (10 minutes of overlap aside).
    expect(roundReminderDue(start, at(23), at(23.5))).toBeNull();
  });

  it('on a first run, reminds of the nearest lead that has passed', () => {
    expect(roundReminderDue(start, at(5), null)).toBe('day');
    expect(roundReminderDue(start, at(30), null)).toBeNull();
  });
});
