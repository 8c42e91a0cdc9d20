import { formatHours, formatOverdue } from './durations';

describe('durations', () => {
  it('formats hours at a useful precision', () => {
    expect(formatHours(0.25)).toBe('15 min');
    expect(formatHours(0.001)).toBe('1 min');
    expect(formatHours(5.4)).toBe('5 h');
    expect(formatHours(52)).toBe('2 d 4 h');
    expect(formatHours(48.2)).toBe('2 d');
    expect(formatHours(24 * 9 + 5)).toBe('9 d');
  });

  it('says overdue or due in', () => {
    expect(formatOverdue(30)).toBe('1 d 6 h overdue');
    expect(formatOverdue(-5)).toBe('due in 5 h');
  });
});
