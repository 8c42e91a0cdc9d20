import { errorCatalog, errorCodes } from './error-codes';

describe('errorCatalog', () => {
  it('maps every code to an error status and a sentence', () => {
    for (const code of errorCodes) {
      const entry = errorCatalog[code];
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.message).toMatch(/\.$/);
    }
  });
});
