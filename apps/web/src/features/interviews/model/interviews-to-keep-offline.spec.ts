import { MyInterview } from '@calibrate/contracts';

import { interviewsToKeepOffline, OFFLINE_INTERVIEWS_LIMIT } from './interviews-to-keep-offline';

const id = '00000000-0000-4000-8000-000000000001';
const interview = (
  scorecardId: string,
  scheduledAt: string,
  change: Partial<MyInterview> = {},
): MyInterview => ({
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
  ...change,
});

describe('interviewsToKeepOffline', () => {
  const now = new Date(2026, 10, 30, 12, 0);
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();

  it('keeps today’s rounds, the nearest first, then owed ones, the latest first', () => {
    expect(
      interviewsToKeepOffline(
        [
          interview('last-week', at(23, 9)),
          interview('yesterday', at(29, 15)),
          interview('this-morning', at(30, 9)),
          interview('in-an-hour', at(30, 13)),
          interview('tonight', at(30, 20)),
          interview('tomorrow', at(31, 9)),
        ],
        now,
      ),
    ).toEqual(['in-an-hour', 'this-morning', 'tonight', 'yesterday', 'last-week']);
  });

  it('leaves out what will not be scored', () => {
    expect(
      interviewsToKeepOffline(
        [
          interview('cancelled', at(30, 13), { roundStatus: 'cancelled' }),
          interview('no-show', at(30, 11), { roundStatus: 'no_show' }),
          interview('declined', at(30, 10), { scorecardStatus: 'declined' }),
          interview('held', at(30, 9), { roundStatus: 'completed' }),
        ],
        now,
      ),
    ).toEqual(['held']);
  });

  it(`keeps at most ${OFFLINE_INTERVIEWS_LIMIT}`, () => {
    const many = Array.from({ length: 30 }, (_, i) => interview(`owed-${i}`, at(1 + (i % 28), 9)));
    expect(interviewsToKeepOffline(many, now)).toHaveLength(OFFLINE_INTERVIEWS_LIMIT);
  });
});
