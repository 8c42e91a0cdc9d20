import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('stores argon2id with OWASP parameters and verifies only the right password', async () => {
    const stored = await hashPassword('calibrate-demo');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'calibrate-demo')).toBe(true);
    expect(await verifyPassword(stored, 'calibrate-demo ')).toBe(false);
  });

  it('answers false, after the same work, when there is no hash', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
