import { showRate } from './feedback.service';

describe('showRate', () => {
  it('is held over held plus no-shows, and no figure without rounds', () => {
    expect(showRate(3, 1)).toBe(0.75);
    expect(showRate(0, 2)).toBe(0);
    expect(showRate(0, 0)).toBeNull();
  });
});
