import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { AppSecretsRepository } from './app-secrets.repository';

export const DEVICE_COOKIE = 'calibrate_device';
const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
const SECRET_NAME = 'device_cookie_hmac';
const format = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): a browser that
 * signed in as a user keeps `v1.<device id>.<HMAC(secret, email + device id)>`. The cookie names no
 * email; it is valid only for the email it was issued for, so another user's cookie or a forged
 * one is just an unknown device. The secret is DEVICE_COOKIE_SECRET, else one generated once and
 * kept in the database, so that every API instance shares it.
 */
@Injectable()
export class DeviceCookies {
  constructor(
    private readonly secrets: AppSecretsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new cookie value for a browser that just signed in as `email`. */
  async issue(email: string): Promise<string> {
    const deviceId = randomBytes(16).toString('base64url');
    return `v1.${deviceId}.${await this.signature(email, deviceId)}`;
  }

  /** The device id when `value` is a cookie issued for `email`, else undefined. */
  async verify(value: string | undefined, email: string): Promise<string | undefined> {
    const match = value ? format.exec(value) : null;
    if (!match?.[1] || !match[2]) return undefined;
    const expected = Buffer.from(await this.signature(email, match[1]));
    const sent = Buffer.from(match[2]);
    return sent.length === expected.length && timingSafeEqual(sent, expected)
      ? match[1]
      : undefined;
  }

  private async signature(email: string, deviceId: string): Promise<string> {
    return createHmac('sha256', await this.key())
      .update(`device-cookie:v1\n${email.toLowerCase()}\n${deviceId}`)
      .digest('base64url');
  }

  private async key(): Promise<Buffer> {
    if (this.config.deviceCookieSecret) return Buffer.from(this.config.deviceCookieSecret);
    // The stored text's bytes, not its base64url decoding: the cookies issued so far stay valid.
    return Buffer.from(await this.secrets.get(SECRET_NAME));
  }
}

/** Sent to the sign-in routes only; httpOnly: scripts never need it. */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  void reply.setCookie(DEVICE_COOKIE, value, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
