import { formatDay, formatDayAndTime, formatRelativeDate } from './format-date';

describe('dates', () => {
  const now = new Date('2026-11-30T12:00:00Z');

  it('prints a column date the same way whatever its age', () => {
    const recent = '2026-11-30T09:00:00Z';
    const old = '2026-09-02T09:00:00Z';
    expect(formatDay(recent)).toBe('Nov 30, 2026');
    expect(formatDay(old)).toBe('Sep 2, 2026');
    // The relative form switches style with age: what the "Added" column no longer uses.
    expect(formatRelativeDate(recent, now)).toBe('3 hours ago');
    expect(formatRelativeDate(old, now)).toBe('Sep 2, 2026');
  });

  it('gives the full date and time for a tooltip', () => {
    const printed = formatDayAndTime('2026-11-28T14:05:00');
    expect(printed).toMatch(/^Nov 28, 2026, 2:05\sPM$/);
  });
});
