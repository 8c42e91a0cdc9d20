import { timeInStage } from './time-in-stage';

describe('timeInStage', () => {
  const now = new Date('2026-11-20T12:00:00.000Z');

  it('counts whole days in the stage', () => {
    expect(timeInStage('2026-11-20T01:00:00.000Z', now)).toBe('In stage today');
    expect(timeInStage('2026-11-19T11:00:00.000Z', now)).toBe('1 day in stage');
    expect(timeInStage('2026-11-08T12:00:00.000Z', now)).toBe('12 days in stage');
  });
});
