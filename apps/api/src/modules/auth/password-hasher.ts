import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended parameters (19 MiB memory, 2 iterations, 1 lane). */
// Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const argon2id: Algorithm = 2;
const options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/**
 * Verifies a password; with no stored hash (unknown email, no password set) it still does the
 * same work against a throwaway hash, so the answer takes as long either way.
 */
let decoy: Promise<string> | undefined;
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword('decoy password that matches nothing');
    await verify(await decoy, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
