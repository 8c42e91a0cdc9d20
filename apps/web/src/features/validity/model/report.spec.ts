import { ValidityCell, ValidityReport } from '@calibrate/contracts';

import {
  chosenOutcome,
  defaultOutcome,
  directionNote,
  outcomeChoices,
  overallSdRatio,
  summaryLine,
  validityRows,
} from './report';

const estimate = (value: number) => ({ value, lower: value - 0.1, upper: value + 0.1 });
const cell = (
  predictor: string,
  outcome: ValidityCell['outcome'],
  extra: Partial<ValidityCell> = {},
): ValidityCell => ({
  predictor,
  outcome,
  n: 45,
  observed: estimate(0.3),
  corrected: estimate(0.45),
  sdRatio: 1.4,
  correction: 'direct',
  auc: null,
  verdict: 'predicts',
  ...extra,
});

const report = (extra: Partial<ValidityReport> = {}): ValidityReport => ({
  scope: { jobId: null, site: null, rubricId: null, rubricName: 'Mock call' },
  aggregatedAt: '2026-11-30T02:00:00.000Z',
  applicants: 1200,
  hiredWithOutcomes: 45,
  minN: 30,
  outcomes: [
    { key: 'nestingQaScore', recorded: 0 },
    { key: 'averageHandleTimeSeconds', recorded: 45 },
    { key: 'csatPercent', recorded: 1 },
  ],
  predictors: [
    {
      key: 'overall',
      kind: 'overall',
      label: 'Overall',
      categoryKey: null,
      scored: 1200,
      hiredScored: 45,
    },
    {
      key: 'cat',
      kind: 'category',
      label: 'Empathy',
      categoryKey: null,
      scored: 1200,
      hiredScored: 45,
    },
    {
      key: 'q1',
      kind: 'question',
      label: 'Calms an angry caller',
      categoryKey: 'cat',
      scored: 1100,
      hiredScored: 40,
    },
  ],
  cells: [
    cell('overall', 'averageHandleTimeSeconds', { sdRatio: 1.38 }),
    cell('q1', 'averageHandleTimeSeconds'),
    cell('overall', 'csatPercent', { sdRatio: 1.1 }),
  ],
  options: { jobs: [], sites: [], rubrics: [] },
  ...extra,
});

describe('validity report model', () => {
  it('shows the first outcome anybody recorded, or the one asked for if it has figures', () => {
    expect(defaultOutcome(report())).toBe('averageHandleTimeSeconds');
    expect(chosenOutcome(report(), null)).toBe('averageHandleTimeSeconds');
    expect(chosenOutcome(report(), 'csatPercent')).toBe('csatPercent');
    expect(chosenOutcome(report(), 'nestingQaScore')).toBe('averageHandleTimeSeconds');
    expect(chosenOutcome(report(), 'employedAt30Days')).toBe('averageHandleTimeSeconds');
    expect(defaultOutcome(report({ outcomes: [{ key: 'csatPercent', recorded: 0 }] }))).toBe(
      'csatPercent',
    );
    expect(defaultOutcome(report({ outcomes: [] }))).toBeNull();
  });

  it('offers every outcome, those nobody recorded disabled', () => {
    expect(outcomeChoices(report())).toEqual([
      { value: 'nestingQaScore', label: 'Nesting QA score (not recorded)', disabled: true },
      { value: 'averageHandleTimeSeconds', label: 'Average handle time (45)', disabled: false },
      { value: 'csatPercent', label: 'CSAT (1)', disabled: false },
    ]);
  });

  it('lists every predictor in order with its cell for the outcome', () => {
    const rows = validityRows(report(), 'averageHandleTimeSeconds');
    expect(rows.map((row) => [row.predictor.key, row.cell?.predictor ?? null])).toEqual([
      ['overall', 'overall'],
      ['cat', null],
      ['q1', 'q1'],
    ]);
    expect(validityRows(report(), 'csatPercent').map((row) => row.cell !== null)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('sums the report up in a line', () => {
    expect(summaryLine(report())).toBe(
      '1,200 applicants scored on Mock call · 45 hired with outcomes recorded',
    );
    expect(
      summaryLine(
        report({
          applicants: 1,
          hiredWithOutcomes: 0,
          scope: { jobId: null, site: null, rubricId: null, rubricName: null },
        }),
      ),
    ).toBe('1 applicant scored · 0 hired with outcomes recorded');
  });

  it('says which way is good when lower is better, and how much hiring narrowed the score', () => {
    expect(directionNote('averageHandleTimeSeconds')).toBe(
      'Lower is better for average handle time (seconds), so a good predictor has a negative r.',
    );
    expect(directionNote('csatPercent')).toBeNull();
    expect(overallSdRatio(report(), 'averageHandleTimeSeconds')).toBe(1.38);
    expect(overallSdRatio(report(), 'employedAt90Days')).toBeNull();
  });
});
