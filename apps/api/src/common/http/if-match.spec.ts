import { AppException } from '../errors/app-exception';
import { etag, expectedVersion } from './if-match';

describe('expectedVersion', () => {
  it.each([
    ['"3"', 3],
    ['W/"12"', 12],
    ['0', 0],
    [' "7" ', 7],
  ])('reads %s as %d', (header, version) => {
    expect(expectedVersion(header)).toBe(version);
  });

  it('requires the header (428)', () => {
    expect(() => expectedVersion(undefined)).toThrow(
      expect.objectContaining({ code: 'PRECONDITION_REQUIRED' }) as Error,
    );
  });

  it('refuses anything that is not a version (400)', () => {
    for (const header of ['*', '"abc"', '"-1"', '"1", "2"']) {
      expect(() => expectedVersion(header)).toThrow(AppException);
    }
  });

  it('writes ETags the same way', () => {
    expect(etag(4)).toBe('"4"');
  });
});
