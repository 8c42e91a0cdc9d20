import { CalibrationReport, Reliability } from '@calibrate/contracts';

import {
  againstAlphaGuide,
  againstBenchmark,
  categoriesWithoutFigures,
  describePanel,
  formatEstimateInterval,
  formatReliability,
  leniencyCost,
  reliabilityRows,
  varianceShares,
} from './reliability';

const estimate = (
  value: number | null,
  lower: number | null = null,
  upper: number | null = null,
) => ({
  value,
  lower,
  upper,
});
const reliability = (absolute: number | null, consistency: number | null): Reliability => ({
  absolute: estimate(absolute),
  consistency: estimate(consistency),
  absoluteK: estimate(null),
  consistencyK: estimate(null),
});

describe('reliability', () => {
  it('formats coefficients and their intervals', () => {
    expect(formatReliability(0.523)).toBe('0.52');
    expect(formatReliability(-0.05)).toBe('−0.05');
    expect(formatReliability(-0.001)).toBe('0.00');
    expect(formatReliability(null)).toBe('—');
    expect(formatEstimateInterval(estimate(0.5, 0.45, 0.6))).toBe('0.45–0.60');
    expect(formatEstimateInterval(estimate(0.5))).toBeNull();
  });

  it('measures what leniency costs as consistency minus absolute agreement', () => {
    expect(leniencyCost(reliability(0.5, 0.62))).toBeCloseTo(0.12);
    expect(leniencyCost(reliability(null, 0.62))).toBeNull();
  });

  it('lists all categories first, then each category with a figure, and names the rest', () => {
    const report = {
      reliability: reliability(0.5, 0.6),
      categories: [
        { lineageId: 'a', name: 'Empathy', reliability: reliability(0.4, 0.45) },
        { lineageId: 'b', name: 'Closing', reliability: reliability(null, null) },
      ],
    } as unknown as CalibrationReport;
    expect(reliabilityRows(report).map((row) => [row.name, row.cost?.toFixed(2)])).toEqual([
      ['All categories', '0.10'],
      ['Empathy', '0.05'],
    ]);
    expect(reliabilityRows({ ...report, reliability: null })).toHaveLength(1);
    expect(categoriesWithoutFigures(report)).toEqual(['Closing']);
  });

  it('describes the panel and the benchmarks in words', () => {
    expect(describePanel(2)).toBe('2 interviewers');
    expect(describePanel(1)).toBe('1 interviewer');
    expect(describePanel(1.84)).toBe('1.8 interviewers (on average)');
    expect(describePanel(null)).toBe('a panel');
    expect(againstBenchmark(0.8, 0.74)).toBe('above the 0.74 benchmark');
    expect(againstBenchmark(0.3, 0.44)).toBe('below the 0.44 benchmark');
    expect(againstBenchmark(0.75, 0.74)).toBe('about at the 0.74 benchmark');
    expect(againstBenchmark(null, 0.74)).toBeNull();
  });

  it('turns variance components into shares', () => {
    expect(varianceShares({ candidate: 0.5, interviewer: 0.1, residual: 0.4 })).toEqual({
      candidate: 0.5,
      interviewer: 0.1,
      residual: 0.4,
    });
    expect(varianceShares({ candidate: 1, interviewer: -0.1, residual: 1 })).toEqual({
      candidate: 0.5,
      interviewer: 0,
      residual: 0.5,
    });
    expect(varianceShares({ candidate: null, interviewer: 0.1, residual: 0.4 })).toBeNull();
    expect(varianceShares({ candidate: 0, interviewer: 0, residual: 0 })).toBeNull();
    expect(varianceShares(null)).toBeNull();
  });
});

describe('panel agreement', () => {
  it('reads alpha against Krippendorff’s guide', () => {
    expect(againstAlphaGuide(0.83)).toBe('at or above 0.80: panels agree well enough to rely on');
    expect(againstAlphaGuide(0.7)).toBe(
      'between 0.667 and 0.80: enough for tentative conclusions only',
    );
    expect(againstAlphaGuide(0.41)).toBe(
      'below 0.667: panel members disagree too much to rely on one of them alone',
    );
    expect(againstAlphaGuide(null)).toBeNull();
  });
});
