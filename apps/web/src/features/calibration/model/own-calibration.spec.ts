import { CalibrationReport, InterviewerCalibration } from '@calibrate/contracts';

import { describeOwnCalibration } from './own-calibration';

const me = '00000000-0000-4000-8000-000000000001';
const category = (name: string, leniency: number | null, standardError = 0.1) => ({
  lineageId: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
  name,
  leniency,
  standardError,
});
const row = (extra: Partial<InterviewerCalibration> = {}): InterviewerCalibration => ({
  interviewerId: me,
  interviewerName: 'Ivy Interviewer',
  leniency: 0.05,
  standardError: 0.1,
  lower: -0.15,
  upper: 0.25,
  scorecards: 64,
  linkedScorecards: 48,
  calibrated: true,
  comparable: true,
  spreadRatio: 1,
  agreementMad: 0.5,
  agreementCorrelation: 0.6,
  haloExcess: 0,
  categories: [],
  scorecardsInScope: null,
  trend: [],
  ...extra,
});
const report = (interviewers: InterviewerCalibration[], fit = true) =>
  ({
    fit: fit ? { id: '1' } : null,
    interviewers,
  }) as unknown as CalibrationReport;

describe('describeOwnCalibration', () => {
  it('says the largest category differences whose interval excludes 0, largest first', () => {
    const own = describeOwnCalibration(
      report([
        row({
          categories: [
            category('Communication', 0.42),
            category('Empathy', -0.31),
            category('Product knowledge', 0.15, 0.2), // interval crosses 0: not said
            category('Empathy', -0.12), // the same name in another rubric: the larger one speaks
            category('Problem solving', 0.22),
            category('Closing', 0.21),
          ],
        }),
      ]),
      me,
    );
    expect(own).toEqual({
      kind: 'calibrated',
      scorecards: 64,
      linked: 48,
      overall: 'Overall you rate about the same as your peers on the same candidates.',
      categories: [
        'You rate 0.4 higher than your peers on Communication.',
        'You rate 0.3 lower than your peers on Empathy.',
        'You rate 0.2 higher than your peers on Problem solving.',
      ],
      noCategory: 'On every category you rate about the same as your peers.',
      recent: null,
    });
  });

  it('says when they rate lower overall, and only the categories that differ from that', () => {
    const own = describeOwnCalibration(
      report([
        row({
          leniency: -0.38,
          categories: [category('Communication', -0.41), category('Closing', -0.12, 0.05)],
        }),
      ]),
      me,
    );
    expect(own).toMatchObject({
      overall: 'Overall you rate 0.4 lower than your peers on the same candidates.',
      categories: ['You rate 0.1 lower than your peers on Closing.'],
    });
    const flat = describeOwnCalibration(
      report([row({ leniency: -0.38, categories: [category('Communication', -0.41)] })]),
      me,
    );
    expect(flat).toMatchObject({ categories: [], noCategory: 'No category stands out from that.' });
  });

  it('holds back figures until calibrated, and explains the other cases', () => {
    expect(
      describeOwnCalibration(report([row({ calibrated: false, linkedScorecards: 12 })]), me),
    ).toEqual({ kind: 'not-calibrated', scorecards: 64, linked: 12, needed: 30 });
    expect(
      describeOwnCalibration(report([row({ comparable: false, leniency: null })]), me),
    ).toEqual({ kind: 'not-comparable', scorecards: 64 });
    expect(describeOwnCalibration(report([]), me)).toEqual({ kind: 'no-scorecards' });
    expect(describeOwnCalibration(report([], false), me)).toEqual({ kind: 'no-fit' });
  });

  it('says the latest month with enough scorecards when it differs from the overall figure', () => {
    const month = (name: string, leniency: number, linkedScorecards = 20) => ({
      month: name,
      leniency,
      standardError: 0.1,
      lower: leniency - 0.2,
      upper: leniency + 0.2,
      scorecards: linkedScorecards,
      linkedScorecards,
    });
    const recent = (trend: ReturnType<typeof month>[], leniency = 0.05) => {
      const own = describeOwnCalibration(report([row({ leniency, trend })]), me);
      return own.kind === 'calibrated' ? own.recent : undefined;
    };
    expect(recent([month('2026-09', 0.1), month('2026-10', -0.34), month('2026-11', 0.5, 4)])).toBe(
      'In Oct 2026 you rated 0.3 lower than your peers.',
    );
    // The same as overall: nothing new to say.
    expect(recent([month('2026-09', 0.1), month('2026-10', 0.05)])).toBeNull();
    expect(recent([month('2026-09', 0.5), month('2026-10', 0.05)], 0.42)).toBe(
      'In Oct 2026 you rated about the same as your peers.',
    );
    expect(recent([month('2026-10', -0.5)])).toBeNull();
  });
});
