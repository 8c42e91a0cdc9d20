import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Keys the API makes itself (device cookies, single sign-on attempts), one per name in
 * `app_secrets`: the first instance to need one creates it, the others (and later starts) read
 * that one, so every instance signs and decrypts alike.
 */
@Injectable()
export class AppSecretsRepository {
  private readonly loaded = new Map<string, Promise<string>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The secret called `name` (32 random bytes, base64url), read once per process. */
  get(name: string): Promise<string> {
    let secret = this.loaded.get(name);
    if (!secret) {
      secret = this.load(name).catch((error: unknown) => {
        this.loaded.delete(name); // a database hiccup must not stick
        throw error;
      });
      this.loaded.set(name, secret);
    }
    return secret;
  }

  private async load(name: string): Promise<string> {
    await this.dataSource.query(
      `INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
      [name, randomBytes(32).toString('base64url')],
    );
    const rows = (await this.dataSource.query(`SELECT value FROM app_secrets WHERE name = $1`, [
      name,
    ])) as { value: string }[];
    const value = rows[0]?.value;
    if (!value) throw new Error(`the secret ${name} is missing`);
    return value;
  }
}
