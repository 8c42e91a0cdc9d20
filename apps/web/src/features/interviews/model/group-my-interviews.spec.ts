import { MyInterview } from '@calibrate/contracts';

import { groupMyInterviews } from './group-my-interviews';

const id = '00000000-0000-4000-8000-000000000001';
const interview = (scorecardId: string, scheduledAt: string): MyInterview => ({
  roundId: id,
  scorecardId,
  candidateId: id,
  candidateName: 'Dee Santos',
  jobId: id,
  jobTitle: 'Billing agent',
  roundName: 'Manager interview',
  scheduledAt,
  roundStatus: 'scheduled',
  scorecardStatus: 'draft',
  submittedAt: null,
  declinedReason: null,
  answered: 0,
  questions: 10,
  overdue: false,
});

describe('groupMyInterviews', () => {
  it('puts rounds that took place to score, then the rest of today, then later days', () => {
    const now = new Date(2026, 10, 23, 12, 0);
    const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();
    const groups = groupMyInterviews(
      [
        interview('yesterday', at(22, 9)),
        interview('this-morning', at(23, 9)),
        interview('this-afternoon', at(23, 15)),
        interview('tomorrow', at(24, 9)),
      ],
      now,
    );
    expect(groups.toScore.map((item) => item.scorecardId)).toEqual(['yesterday', 'this-morning']);
    expect(groups.today.map((item) => item.scorecardId)).toEqual(['this-afternoon']);
    expect(groups.upcoming.map((item) => item.scorecardId)).toEqual(['tomorrow']);
  });
});
