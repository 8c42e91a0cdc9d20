import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';

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
  private secret: Promise<Buffer> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  private key(): Promise<Buffer> {
    this.secret ??= this.loadKey().catch((error: unknown) => {
      this.secret = undefined; // a database hiccup must not stick
      throw error;
    });
    return this.secret;
  }

  private async loadKey(): Promise<Buffer> {
    if (this.config.deviceCookieSecret) return Buffer.from(this.config.deviceCookieSecret);
    // The first instance to need it creates it; the others (and later starts) read that one.
    await this.dataSource.query(
      `INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
      [SECRET_NAME, randomBytes(32).toString('base64url')],
    );
    const rows = (await this.dataSource.query(`SELECT value FROM app_secrets WHERE name = $1`, [
      SECRET_NAME,
    ])) as { value: string }[];
    const value = rows[0]?.value;
    if (!value) throw new Error('the device cookie secret is missing');
    return Buffer.from(value);
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
