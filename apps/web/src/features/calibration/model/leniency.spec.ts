import { InterviewerCalibration } from '@calibrate/contracts';

import {
  describeLeniency,
  largestCategory,
  NO_FIGURE_REASON,
  NOT_CONNECTED_REASON,
  readLeniency,
  splitInterviewers,
  summarizeLeniency,
  visibleRows,
} from './leniency';

let seq = 0;
function interviewer(
  name: string,
  leniency: number | null,
  extra: Partial<InterviewerCalibration> = {},
): InterviewerCalibration {
  seq += 1;
  return {
    interviewerId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    interviewerName: name,
    leniency,
    standardError: 0.1,
    lower: leniency === null ? null : leniency - 0.2,
    upper: leniency === null ? null : leniency + 0.2,
    scorecards: 40,
    linkedScorecards: 35,
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
  };
}

describe('splitInterviewers', () => {
  it('ranks the comparable ones most lenient first, ties by name, and lists the rest apart', () => {
    const { ranked, apart } = splitInterviewers([
      interviewer('Cora', -0.3),
      interviewer('Zed', 0.1, { comparable: false }),
      interviewer('Bea', 0.5),
      interviewer('Abe', 0.5),
      interviewer('Dan', null),
      interviewer('Eve', 0.02, { calibrated: false }),
    ]);
    expect(ranked.map((r) => r.interviewerName)).toEqual(['Abe', 'Bea', 'Eve', 'Cora']);
    expect(apart.map((a) => [a.interviewer.interviewerName, a.reason])).toEqual([
      ['Dan', NO_FIGURE_REASON],
      ['Zed', NOT_CONNECTED_REASON],
    ]);
  });
});

describe('readLeniency', () => {
  it('says lenient or strict only when the interval leaves 0', () => {
    expect(readLeniency({ leniency: 0.4, lower: 0.1, upper: 0.7 })).toBe('lenient');
    expect(readLeniency({ leniency: -0.4, lower: -0.7, upper: -0.1 })).toBe('strict');
    expect(readLeniency({ leniency: 0.2, lower: -0.1, upper: 0.5 })).toBe('average');
    expect(readLeniency({ leniency: -0.2, lower: null, upper: null })).toBe('strict');
  });
});

describe('describeLeniency', () => {
  it('puts the figure in words', () => {
    expect(describeLeniency(0.42)).toBe(
      'Rates 0.42 points higher than the average interviewer on the same candidates.',
    );
    expect(describeLeniency(-1)).toBe(
      'Rates 1.00 point lower than the average interviewer on the same candidates.',
    );
    expect(describeLeniency(0.001)).toBe(
      'Rates like the average interviewer on the same candidates.',
    );
  });
});

describe('visibleRows', () => {
  const rows = Array.from({ length: 50 }, (_, i) => i);
  it('shows both ends of a long list and counts the middle', () => {
    const view = visibleRows(rows, { expanded: false, limit: 10 });
    expect(view.head).toEqual([0, 1, 2, 3, 4]);
    expect(view.tail).toEqual([45, 46, 47, 48, 49]);
    expect(view.hidden).toBe(40);
  });
  it('shows everyone when expanded or when they fit', () => {
    expect(visibleRows(rows, { expanded: true, limit: 10 }).head).toHaveLength(50);
    expect(visibleRows(rows.slice(0, 8), { expanded: false, limit: 10 })).toEqual({
      head: rows.slice(0, 8),
      tail: [],
      hidden: 0,
    });
  });
});

describe('summarizeLeniency', () => {
  it('counts who rates clearly higher, lower, like the average, and who is not calibrated', () => {
    const { ranked } = splitInterviewers([
      interviewer('A', 0.5),
      interviewer('B', -0.5),
      interviewer('C', -0.6),
      interviewer('D', 0.1),
      interviewer('E', 0.5, { calibrated: false }),
    ]);
    expect(summarizeLeniency(ranked)).toBe(
      'Of 5 interviewers: 1 rates clearly higher than average, 2 clearly lower, 1 can’t be told apart from average, 1 not yet calibrated.',
    );
    expect(summarizeLeniency(ranked.slice(0, 1))).toBe(
      'Of 1 interviewer: 1 rates clearly higher than average, 0 clearly lower, 0 can’t be told apart from average.',
    );
  });
});

describe('largestCategory', () => {
  it('picks the category with the largest leniency either way', () => {
    const category = (name: string, leniency: number | null) => ({
      lineageId: '10000000-0000-4000-8000-000000000001',
      name,
      leniency,
      standardError: 0.1,
    });
    expect(
      largestCategory({
        categories: [category('Closing', 0.3), category('Empathy', -0.6), category('CRM', null)],
      }),
    ).toEqual({ name: 'Empathy', leniency: -0.6 });
    expect(largestCategory({ categories: [] })).toBeNull();
  });
});
