import { AppException } from '../errors/app-exception';
import {
  decodeCursor,
  decodeTextCursor,
  encodeCursor,
  encodeTextCursor,
  likePattern,
  prefixPattern,
} from './keyset-cursor';

describe('keyset cursor', () => {
  const position = {
    at: '2026-11-22T10:15:30.123456Z',
    id: '0b8e5c1e-6a4f-4d39-9f0e-2f4a1c3b5d7e',
  };

  it('round-trips a position, microseconds included', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  const forged = (at: string) =>
    Buffer.from(JSON.stringify([at, position.id])).toString('base64url');

  it.each([
    'garbage',
    Buffer.from('["2026-11-22", "x"]').toString('base64url'),
    '',
    // Shaped right but not a time PostgreSQL can read: these used to fail the query (500).
    forged('2026-02-30T10:15:30.123456Z'),
    forged('2026-11-22T25:61:61.000000Z'),
    forged('0000-01-01T00:00:00.000000Z'),
    // A name key with U+0000, which PostgreSQL refuses in text.
    encodeTextCursor({ key: 'Ana\u0000', id: position.id }),
  ])(
    'refuses a cursor it did not make (%s) with a validation error on the cursor field',
    (cursor) => {
      const decode = (text: string) => {
        decodeCursor(text);
        decodeTextCursor(text);
      };
      expect(() => decode(cursor)).toThrow(AppException);
      try {
        decode(cursor);
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
