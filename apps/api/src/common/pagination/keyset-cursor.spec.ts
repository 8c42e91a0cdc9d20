import { AppException } from '../errors/app-exception';
import { decodeCursor, encodeCursor, likePattern, prefixPattern } from './keyset-cursor';

describe('keyset cursor', () => {
  const position = {
    at: '2026-11-22T10:15:30.123456Z',
    id: '0b8e5c1e-6a4f-4d39-9f0e-2f4a1c3b5d7e',
  };

  it('round-trips a position, microseconds included', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['garbage', Buffer.from('["2026-11-22", "x"]').toString('base64url'), ''])(
    'refuses a cursor it did not make (%s) with a validation error on the cursor field',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(AppException);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as AppException).code).toBe('VALIDATION_FAILED');
        expect((error as AppException).details).toEqual([
          expect.objectContaining({ path: ['cursor'] }),
        ]);
      }
    },
  );
});

describe('likePattern', () => {
  it('escapes LIKE wildcards and backslashes', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('prefixPattern', () => {
  it('matches the start only, with wildcards escaped', () => {
    expect(prefixPattern('ana_b%')).toBe('ana\\_b\\%%');
  });
});
