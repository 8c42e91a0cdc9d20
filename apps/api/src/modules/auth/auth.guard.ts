import { timingSafeEqual } from 'node:crypto';

import { can, Capability, CSRF_HEADER } from '@calibrate/contracts';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';

import { PUBLIC_ROUTE, REQUIRED_CAPABILITY } from '../../common/auth/auth.decorators';
import { AppException } from '../../common/errors/app-exception';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookies';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a live session unless it is @Public; every write also needs the session's
 * CSRF token echoed in X-CSRF-Token (a cross-site form cannot read the cookie to copy it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (
      this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const sessionId = request.cookies[SESSION_COOKIE];
    const user = sessionId ? await this.auth.userForSession(sessionId) : undefined;
    if (!user) throw new AppException('UNAUTHENTICATED');
    request.user = user;
    if (
      !safeMethods.has(request.method) &&
      !sameToken(request.headers[CSRF_HEADER], user.csrfToken)
    ) {
      throw new AppException('CSRF_TOKEN_INVALID');
    }
    const capability = this.reflector.getAllAndOverride<Capability | undefined>(
      REQUIRED_CAPABILITY,
      [context.getHandler(), context.getClass()],
    );
    if (capability && !can(user.role, capability)) throw new AppException('FORBIDDEN');
    return true;
  }
}

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string' || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}
