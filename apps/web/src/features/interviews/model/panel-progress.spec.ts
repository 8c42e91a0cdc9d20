import { RoundProgress } from '@calibrate/contracts';

import { applyProgressEvent, isUnderWay, panelMemberLabel } from './panel-progress';

const roundId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e01';
const id = (n: number) => `0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e1${n}`;
const member = (status: 'draft' | 'submitted' | 'declined', answered: number) => ({
  scorecardId: id(1),
  interviewerId: id(2),
  interviewerName: 'Ian',
  status,
  answered,
  questions: 38,
});

describe('panel progress', () => {
  it('labels each interviewer by where they are, never by a rating', () => {
    expect(panelMemberLabel(member('draft', 0))).toBe('Not started');
    expect(panelMemberLabel(member('draft', 7))).toBe('7 of 38 answered');
    expect(panelMemberLabel(member('submitted', 38))).toBe('Submitted');
    expect(panelMemberLabel(member('declined', 3))).toBe('Declined');
  });

  it('follows a round from its start, for the day, while my scorecard is a draft', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const item = {
      scheduledAt: '2026-12-01T09:30:00Z',
      roundStatus: 'scheduled',
      scorecardStatus: 'draft',
    };
    expect(isUnderWay(item, now)).toBe(true);
    expect(isUnderWay({ ...item, scheduledAt: '2026-12-01T10:30:00Z' }, now)).toBe(false);
    expect(isUnderWay({ ...item, scheduledAt: '2026-11-30T09:30:00Z' }, now)).toBe(false);
    expect(isUnderWay({ ...item, scorecardStatus: 'submitted' }, now)).toBe(false);
    expect(isUnderWay({ ...item, roundStatus: 'no_show' }, now)).toBe(false);
  });

  it('applies an event of one of the panel’s scorecards, and only those', () => {
    const progress: RoundProgress = {
      roundId,
      roundStatus: 'scheduled',
      panel: [member('draft', 2)],
    };
    const event = {
      id: '5',
      kind: 'scorecard.progress' as const,
      roundId,
      candidateId: id(3),
      jobId: id(4),
      scorecardId: id(1),
      interviewerId: id(2),
      status: 'draft' as const,
      answered: 9,
      questions: 38,
    };
    expect(applyProgressEvent(progress, event)?.panel[0]?.answered).toBe(9);
    expect(applyProgressEvent(progress, { ...event, scorecardId: id(5) })).toBe(progress);
    expect(applyProgressEvent(undefined, event)).toBeUndefined();
  });
});
