import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { AppSecretsRepository } from './app-secrets.repository';

export const SSO_STATE_COOKIE = 'calibrate_sso';
/** Sent back on the callback only. */
const COOKIE_PATH = '/api/auth/oidc';
/** Long enough to type a password and answer a second factor at the IdP; then start again. */
export const SSO_STATE_MAX_AGE_SECONDS = 10 * 60;
const SECRET_NAME = 'sso_state_key';
const AAD = Buffer.from('calibrate-sso-state:v1');

/** What a sign-in started in this browser must find on its way back from the IdP. */
export interface SsoAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The app path to land on afterwards (already checked to be one). */
  next: string;
  /** Epoch milliseconds after which the attempt is void. */
  expiresAt: number;
}

/**
 * The attempt rides in an HttpOnly cookie, encrypted and authenticated (AES-256-GCM): no table to
 * clean up, nothing the browser can read (the PKCE verifier stays secret from scripts and from
 * the address bar) or forge. The key is generated once and kept in `app_secrets`, so every API
 * instance can finish a sign-in another one started.
 */
@Injectable()
export class SsoStateCookies {
  constructor(private readonly secrets: AppSecretsRepository) {}

  async set(request: FastifyRequest, reply: FastifyReply, attempt: SsoAttempt): Promise<void> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.secret(), iv).setAAD(AAD);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(attempt), 'utf8'), cipher.final()]);
    const value = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
    void reply.setCookie(SSO_STATE_COOKIE, value, {
      path: COOKIE_PATH,
      httpOnly: true,
      // Lax: the IdP sends the browser back with a top-level GET from its own site.
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: SSO_STATE_MAX_AGE_SECONDS,
    });
  }

  /** The attempt in the request's cookie, or undefined (none, tampered, from another key). */
  async read(request: FastifyRequest): Promise<SsoAttempt | undefined> {
    const value = request.cookies[SSO_STATE_COOKIE];
    if (!value) return undefined;
    try {
      const raw = Buffer.from(value, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', await this.secret(), raw.subarray(0, 12))
        .setAAD(AAD)
        .setAuthTag(raw.subarray(12, 28));
      const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
      return JSON.parse(json.toString('utf8')) as SsoAttempt;
    } catch {
      return undefined;
    }
  }

  /** One attempt, one callback: the cookie goes whatever the outcome. */
  clear(reply: FastifyReply): void {
    void reply.clearCookie(SSO_STATE_COOKIE, { path: COOKIE_PATH });
  }

  private async secret(): Promise<Buffer> {
    return Buffer.from(await this.secrets.get(SECRET_NAME), 'base64url');
  }
}
