import { describeQuestionWhatIf, describeRubricWhatIf, percentOf } from './knock-out-what-if';

const question = (knockedOut: number, candidatesRated: number) => ({
  questionId: '00000000-0000-4000-8000-000000000001',
  lineageId: '00000000-0000-4000-8000-000000000002',
  text: 'Clear speech on a call',
  minRating: 3,
  candidatesRated,
  knockedOut,
});

const everyRound = (roundsRead: number) => ({ roundsRead, olderRoundsLeftOut: false });

describe('the rubric what-if in words', () => {
  it('gives the share with one decimal below 10%, none above', () => {
    expect(percentOf(12, 340)).toBe('3.5%');
    expect(percentOf(1, 3)).toBe('33%');
    expect(percentOf(0, 40)).toBe('0%');
    expect(percentOf(0, 0)).toBe('0%');
  });

  it('says how many past candidates the rules would have knocked out', () => {
    expect(
      describeRubricWhatIf({
        ...everyRound(400),
        candidatesRated: 340,
        knockedOut: 12,
        questions: [question(8, 300), question(5, 120)],
      }),
    ).toBe('These rules would have knocked out 12 of 340 past candidates (3.5%).');
    expect(
      describeRubricWhatIf({
        ...everyRound(1),
        candidatesRated: 1,
        knockedOut: 0,
        questions: [question(0, 1)],
      }),
    ).toBe('This rule would have knocked out 0 of 1 past candidate (0%).');
    expect(
      describeRubricWhatIf({
        ...everyRound(0),
        candidatesRated: 0,
        knockedOut: 0,
        questions: [question(0, 0)],
      }),
    ).toMatch(/^No past candidate has a submitted rating/);
    expect(describeQuestionWhatIf(question(8, 300))).toBe('8 of 300 rated (2.7%)');
    expect(describeQuestionWhatIf(question(0, 0))).toBe('Nobody rated on it yet');
  });

  it('says when only the most recent rounds were counted', () => {
    expect(
      describeRubricWhatIf({
        candidatesRated: 4870,
        knockedOut: 312,
        roundsRead: 5000,
        olderRoundsLeftOut: true,
        questions: [question(312, 4870)],
      }),
    ).toBe(
      'This rule would have knocked out 312 of 4,870 candidates (6.4%) rated in the 5,000 most recent rounds of this rubric.',
    );
  });
});
