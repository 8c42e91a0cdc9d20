import { planReminders, ReminderSettings } from './reminder-plan';

const settings: ReminderSettings = {
  reminderEveryHours: 24,
  escalateToManagersAfterHours: 48,
  escalateToRecruitersAfterHours: 72,
};
const dueAt = new Date('2026-11-10T12:00:00Z');
const owed = { scorecardId: 's1', scorecardStatus: 'draft', roundStatus: 'completed', dueAt };
const hoursAfterDue = (hours: number) => new Date(dueAt.getTime() + hours * 3_600_000);

describe('planReminders', () => {
  it('waits until due, then reminds the interviewer with the step in the key', () => {
    expect(planReminders(owed, hoursAfterDue(-5), settings)).toEqual({
      notices: [],
      nextAt: dueAt,
    });
    const atDue = planReminders(owed, hoursAfterDue(0), settings);
    expect(atDue.notices.map((notice) => notice.dedupeKey)).toEqual(['reminder:s1:0']);
    expect(atDue.nextAt).toEqual(hoursAfterDue(24));
    expect(planReminders(owed, hoursAfterDue(25), settings).notices[0]?.dedupeKey).toBe(
      'reminder:s1:1',
    );
  });

  it('escalates to hiring managers, then recruiters, once each', () => {
    const at50 = planReminders(owed, hoursAfterDue(50), settings);
    expect(at50.notices.map((notice) => notice.audience)).toEqual(['interviewer', 'managers']);
    expect(at50.nextAt).toEqual(hoursAfterDue(72));
    const at80 = planReminders(owed, hoursAfterDue(80), settings);
    expect(at80.notices.map((notice) => notice.dedupeKey)).toEqual([
      'reminder:s1:3',
      'escalation:managers:s1',
      'escalation:recruiters:s1',
    ]);
    expect(at80.nextAt).toEqual(hoursAfterDue(96));
  });

  it('stops on submit, decline, no-show and cancel', () => {
    for (const [scorecardStatus, roundStatus] of [
      ['submitted', 'completed'],
      ['declined', 'completed'],
      ['draft', 'no_show'],
      ['draft', 'cancelled'],
    ] as const) {
      expect(
        planReminders({ ...owed, scorecardStatus, roundStatus }, hoursAfterDue(100), settings),
      ).toEqual({ notices: [], nextAt: null });
    }
  });
});
