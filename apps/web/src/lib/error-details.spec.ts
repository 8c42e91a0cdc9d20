import { ApiError } from './api-client';
import { errorDetailsOf, fieldErrors } from './error-details';

describe('API error details', () => {
  const conflict = new ApiError(412, {
    code: 'SCORECARD_VERSION_CONFLICT',
    message: 'Someone else saved this first.',
    details: { current: { version: 3, status: 'draft', recommendation: 'yes', summary: 'Fine' } },
    requestId: 'req-2',
  });

  it('gives the details of its own code, typed by the contract', () => {
    const details = errorDetailsOf(conflict, 'SCORECARD_VERSION_CONFLICT');
    expect(details?.current?.version).toBe(3);
    expect(errorDetailsOf(conflict, 'ROUND_NOT_ACTIVE')).toBeUndefined();
    expect(errorDetailsOf(new Error('x'), 'SCORECARD_VERSION_CONFLICT')).toBeUndefined();
  });

  it('gives nothing for details the contract does not describe', () => {
    const odd = new ApiError(409, {
      code: 'ROUND_NOT_ACTIVE',
      message: 'Not active.',
      details: { roundStatus: 'postponed' },
    });
    expect(errorDetailsOf(odd, 'ROUND_NOT_ACTIVE')).toBeUndefined();
  });

  it('reads field errors from a VALIDATION_FAILED, first message per field', () => {
    const invalid = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields.',
      details: [
        { path: ['email'], code: 'invalid_format', message: 'Enter a valid email address.' },
        { path: ['email'], code: 'too_big', message: 'Too long.' },
        { path: ['address', 'city'], code: 'required', message: 'Enter a city.' },
        { path: [], code: 'custom', message: 'Change at least one field.' },
      ],
    });
    expect(fieldErrors(invalid)).toEqual({
      email: 'Enter a valid email address.',
      'address.city': 'Enter a city.',
    });
    expect(fieldErrors(conflict)).toEqual({});
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
