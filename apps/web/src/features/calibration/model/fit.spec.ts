import { CalibrationFit } from '@calibrate/contracts';

import { describeFit, refitOutcome } from './fit';

const fit = (id: string, status: CalibrationFit['status'] = 'succeeded'): CalibrationFit => ({
  id,
  trigger: 'manual',
  status,
  startedAt: '2026-03-12T10:40:00.000Z',
  finishedAt: status === 'running' ? null : '2026-03-12T10:42:00.000Z',
  scorecards: 1234,
  candidates: 300,
  interviewers: 1,
  error: null,
});

describe('fit', () => {
  it('describes a fit in words', () => {
    const parts = describeFit(fit('7'));
    expect(parts[0]).toMatch(/^Fitted Mar 12, 2026/);
    expect(parts.slice(1)).toEqual([
      '1,234 scorecards',
      '300 candidates',
      '1 interviewer',
      'started by an admin',
    ]);
  });

  it('follows a refit to its end', () => {
    const started = fit('9', 'running');
    expect(refitOutcome(undefined, { fit: fit('8'), running: null })).toBe('none');
    expect(refitOutcome(started, { fit: fit('8'), running: started })).toBe('running');
    expect(refitOutcome(started, { fit: fit('9'), running: null })).toBe('finished');
    // A later fit (e.g. after more submissions) counts as finished too.
    expect(refitOutcome(started, { fit: fit('10'), running: null })).toBe('finished');
    // Gone without a new fit: it failed, the previous figures stay.
    expect(refitOutcome(started, { fit: fit('8'), running: null })).toBe('failed');
    expect(refitOutcome(started, { fit: null, running: null })).toBe('failed');
  });
});
