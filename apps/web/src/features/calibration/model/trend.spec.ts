import { CalibrationMonth, InterviewerCalibration } from '@calibrate/contracts';

import { describeTrend, sparkline, trendCells, trendMonths } from './trend';

const month = (name: string, leniency: number | null): CalibrationMonth => ({
  month: name,
  leniency,
  standardError: 0.1,
  lower: leniency === null ? null : leniency - 0.2,
  upper: leniency === null ? null : leniency + 0.2,
  scorecards: 12,
  linkedScorecards: 8,
});
const row = (trend: CalibrationMonth[]) => ({ trend }) as InterviewerCalibration;

describe('monthly trend', () => {
  it('lists every month between the first and the last, across years', () => {
    expect(
      trendMonths([row([month('2025-11', 0.1)]), row([month('2026-02', 0), month('2025-12', 0)])]),
    ).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(trendMonths([row([])])).toEqual([]);
  });

  it('puts each month’s figure in its column', () => {
    const cells = trendCells(row([month('2026-01', 0.3), month('2026-03', 0.1)]), [
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(cells.map((cell) => cell?.leniency)).toEqual([0.3, undefined, 0.1]);
  });

  it('says how the months moved', () => {
    expect(describeTrend([month('2026-01', 0.1), month('2026-02', 0.5)])).toBe(
      'Rating more leniently lately.',
    );
    expect(describeTrend([month('2026-01', 0.1), undefined, month('2026-03', -0.3)])).toBe(
      'Rating more strictly lately.',
    );
    expect(describeTrend([month('2026-01', 0.1), month('2026-02', 0.15)])).toBe(
      'About level over the months shown.',
    );
    expect(describeTrend([month('2026-01', 0.1)])).toBe('Not enough months to show a trend.');
  });

  it('draws a sparkline around 0 that breaks where a month has no figure', () => {
    const { segments, zeroY } = sparkline(
      [month('2026-01', 1), month('2026-02', null), month('2026-03', -0.5), month('2026-04', 0)],
      100,
      20,
      0,
    );
    expect(zeroY).toBe(10);
    expect(segments.map((segment) => segment.map((p) => [Math.round(p.x), p.y]))).toEqual([
      [[0, 0]],
      [
        [67, 15],
        [100, 10],
      ],
    ]);
  });
});
