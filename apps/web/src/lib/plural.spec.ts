import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'duplicate')).toBe('1 duplicate');
    expect(plural(0, 'duplicate')).toBe('0 duplicates');
    expect(plural(2, 'duplicate')).toBe('2 duplicates');
  });

  it('groups thousands and takes an irregular plural', () => {
    expect(plural(10000, 'candidate')).toBe('10,000 candidates');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(3, 'row with errors', 'rows with errors')).toBe('3 rows with errors');
  });
});
