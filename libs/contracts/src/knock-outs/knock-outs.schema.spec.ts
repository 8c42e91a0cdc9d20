import {
  describeKnockOut,
  jobKnockOutRulesSchema,
  knockOutMinRatingSchema,
} from './knock-outs.schema';

describe('knock-out rules', () => {
  it('refuses a minimum rating of 1, which knocks nobody out', () => {
    expect(knockOutMinRatingSchema.safeParse(1).success).toBe(false);
    expect(knockOutMinRatingSchema.safeParse(3).success).toBe(true);
    expect(knockOutMinRatingSchema.safeParse(null).success).toBe(true);
  });

  it('reads a job’s rules whole', () => {
    expect(
      jobKnockOutRulesSchema.safeParse({
        minLanguageLevel: 'B2',
        requireShift: true,
        minTypingWpm: 0,
      }).success,
    ).toBe(false);
    expect(
      jobKnockOutRulesSchema.parse({
        minLanguageLevel: 'B2',
        requireShift: true,
        minTypingWpm: 35,
      }),
    ).toEqual({ minLanguageLevel: 'B2', requireShift: true, minTypingWpm: 35 });
  });

  it('says each reason in one line', () => {
    expect(
      describeKnockOut({
        kind: 'question',
        roundId: '00000000-0000-4000-8000-000000000001',
        roundName: 'Mock call',
        questionId: '00000000-0000-4000-8000-000000000002',
        question: 'Clear speech on a call',
        minRating: 3,
        rating: 2.5,
      }),
    ).toBe('“Clear speech on a call”: panel average 2.5 in Mock call, needs 3 or more');
    expect(
      describeKnockOut({ kind: 'language', language: 'English', minLevel: 'B2', level: 'B1' }),
    ).toBe('English B1, needs B2');
    expect(
      describeKnockOut({ kind: 'language', language: 'English', minLevel: 'B2', level: null }),
    ).toBe('English level not recorded, needs B2');
    expect(describeKnockOut({ kind: 'shift', shift: 'night' })).toBe(
      'Not available for the night shift',
    );
    expect(describeKnockOut({ kind: 'typing', minWpm: 35, wpm: 28 })).toBe(
      'Types 28 WPM, needs 35',
    );
    expect(describeKnockOut({ kind: 'typing', minWpm: 35, wpm: null })).toBe(
      'Typing speed not recorded, needs 35 WPM',
    );
  });
});
