import { errorCodes } from './error-codes';
import { errorDetails, errorDetailsSchemas, hasDetails } from './error-details';

const uuid = '00000000-0000-4000-8000-000000000001';
const at = '2026-11-23T09:00:00.000Z';

describe('errorDetails', () => {
  it('lists only codes of the catalogue', () => {
    expect(errorCodes).toEqual(expect.arrayContaining(Object.keys(errorDetailsSchemas)));
    expect(hasDetails('ROUND_NOT_ACTIVE')).toBe(true);
    expect(hasDetails('FORBIDDEN')).toBe(false);
  });

  it('reads both shapes of a scorecard conflict', () => {
    const answer = {
      current: {
        questionId: uuid,
        rating: 4,
        notAsked: false,
        note: 'x',
        version: 3,
        updatedAt: at,
      },
    };
    expect(errorDetails('SCORECARD_VERSION_CONFLICT', answer)).toEqual(answer);
    expect(errorDetails('SCORECARD_VERSION_CONFLICT', { current: null })).toEqual({
      current: null,
    });
    const scorecard = {
      current: { version: 2, status: 'draft', recommendation: 'yes', summary: 'Good' },
    };
    expect(errorDetails('SCORECARD_VERSION_CONFLICT', scorecard)).toEqual(scorecard);
  });

  it('reads issue lists, round states and candidate conflicts', () => {
    const issues = [{ path: ['scores', 0, 'note'], code: 'evidence_required', message: 'm' }];
    expect(errorDetails('SCORECARD_INCOMPLETE', issues)).toEqual(issues);
    expect(errorDetails('VALIDATION_FAILED', issues)).toEqual(issues);
    expect(errorDetails('ROUND_NOT_ACTIVE', { roundStatus: 'no_show' })).toEqual({
      roundStatus: 'no_show',
    });
    const candidate = {
      version: 4,
      current: {
        name: 'Dee',
        email: 'dee@example.com',
        phone: null,
        jobId: null,
        source: null,
        languages: [],
        shiftAvailability: [],
        typingWpm: null,
        notes: '',
      },
    };
    expect(errorDetails('CANDIDATE_VERSION_CONFLICT', candidate)).toEqual(candidate);
  });

  it('gives undefined for details that are missing or not what the contract says', () => {
    expect(errorDetails('ROUND_NOT_ACTIVE', undefined)).toBeUndefined();
    expect(errorDetails('ROUND_NOT_ACTIVE', { roundStatus: 'maybe' })).toBeUndefined();
    expect(errorDetails('VALIDATION_FAILED', { path: [] })).toBeUndefined();
  });
});
