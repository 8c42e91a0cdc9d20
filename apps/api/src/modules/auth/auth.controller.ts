import {
  changePasswordSchema,
  loginSchema,
  meSchema,
  passwordResetInfoSchema,
  passwordResetTokenParamsSchema,
  resetPasswordResultSchema,
  resetPasswordSchema,
} from '@calibrate/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Public } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { toUser } from '../users/users.mapper';
import { AuthService } from './auth.service';
import { DEVICE_COOKIE, setDeviceCookie } from './device-cookies';
import { PasswordsService } from './passwords.service';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './session-cookies';

class LoginDto extends createZodDto(loginSchema) {}
class MeDto extends createZodDto(meSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
class ResetPasswordDto extends createZodDto(resetPasswordSchema) {}
class ResetPasswordResultDto extends createZodDto(resetPasswordResultSchema) {}
class PasswordResetTokenParamsDto extends createZodDto(passwordResetTokenParamsSchema) {}
class PasswordResetInfoDto extends createZodDto(passwordResetInfoSchema) {}

@ApiTags('auth')
@Controller({ path: 'auth', version: VERSION_NEUTRAL })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: MeDto })
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiErrors(
    'INVALID_CREDENTIALS',
    'TOO_MANY_ATTEMPTS',
    'PASSWORD_SIGN_IN_DISABLED',
    'CSRF_TOKEN_INVALID',
    'UNAUTHENTICATED',
    'DATABASE_UNAVAILABLE',
  )
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.assertPasswordSignIn();
    assertSameOrigin(request);
    const previous = request.cookies[SESSION_COOKIE];
    const session = await this.auth.login(
      body.email,
      body.password,
      request.ip,
      request.cookies[DEVICE_COOKIE],
    );
    // Rotation: whatever session id the browser had before is void from now on.
    if (previous) await this.auth.logout(previous);
    setSessionCookies(
      request,
      reply,
      { sessionId: session.sessionId, csrfToken: session.csrfToken },
      this.maxAge(),
    );
    setDeviceCookie(request, reply, session.deviceCookie);
    const user = await this.auth.userForSession(session.sessionId);
    if (!user) throw new AppException('UNAUTHENTICATED');
    return { user: toUser(user) };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out (ends the session)' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const sessionId = request.cookies[SESSION_COOKIE];
    if (sessionId) await this.auth.logout(sessionId);
    clearSessionCookies(reply);
  }

  /** Who is signed in; also hands the web app its CSRF token. */
  @Get('me')
  @ZodResponse({ type: MeDto })
  @ApiOperation({ summary: 'Get the signed-in user and refresh the CSRF cookie' })
  me(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    setSessionCookies(request, reply, { csrfToken: user.csrfToken }, this.maxAge());
    return { user: toUser(user) };
  }

  /** Changes the signed-in user's password; their other sessions end, this one stays. */
  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the signed-in user’s password' })
  @ApiErrors('TOO_MANY_ATTEMPTS', 'PASSWORD_SIGN_IN_DISABLED')
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
  ) {
    this.assertPasswordSignIn();
    const sessionId = request.cookies[SESSION_COOKIE] ?? '';
    await this.passwords.changePassword(user, sessionId, body, request.ip);
  }

  /** Whose password a reset link sets, while it works; 410 with the reason once it does not. */
  @Public()
  @Get('password-reset/:token')
  @ZodResponse({ type: PasswordResetInfoDto })
  @ApiOperation({ summary: 'Check a password reset link' })
  @ApiErrors(
    'PASSWORD_RESET_LINK_INVALID',
    'TOO_MANY_ATTEMPTS',
    'PASSWORD_SIGN_IN_DISABLED',
    'DATABASE_UNAVAILABLE',
  )
  inspectResetLink(@Param() params: PasswordResetTokenParamsDto, @Req() request: FastifyRequest) {
    this.assertPasswordSignIn();
    return this.passwords.inspectResetLink(params.token, request.ip);
  }

  /**
   * Sets a new password with an admin's one-time link, and ends every session of the user. It
   * opens no session: the user signs in with the new password (a link that leaked through chat
   * or email must not be a way in by itself).
   */
  @Public()
  @Post('password-reset')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ResetPasswordResultDto })
  @ApiOperation({ summary: 'Set a new password with a reset link' })
  @ApiErrors(
    'PASSWORD_RESET_LINK_INVALID',
    'TOO_MANY_ATTEMPTS',
    'PASSWORD_SIGN_IN_DISABLED',
    'CSRF_TOKEN_INVALID',
    'DATABASE_UNAVAILABLE',
  )
  resetPassword(@Body() body: ResetPasswordDto, @Req() request: FastifyRequest) {
    this.assertPasswordSignIn();
    assertSameOrigin(request);
    return this.passwords.resetWithLink(body.token, body.password, request.ip);
  }

  /** PASSWORD_SIGN_IN=false: people sign in with single sign-on only (a 403 saying so). */
  private assertPasswordSignIn(): void {
    if (!this.config.auth.passwordSignIn) throw new AppException('PASSWORD_SIGN_IN_DISABLED');
  }

  private maxAge(): number {
    return this.config.sessionMaxHours * 60 * 60;
  }
}

/** A browser always sends Origin on a POST: a sign-in posted from another site is refused. */
function assertSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host !== request.host) throw new AppException('CSRF_TOKEN_INVALID', { origin });
}
