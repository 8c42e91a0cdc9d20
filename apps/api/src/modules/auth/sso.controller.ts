import {
  authMethodsSchema,
  ssoCallbackQuerySchema,
  ssoLoginQuerySchema,
  ssoSettingsSchema,
  updateSsoSettingsSchema,
} from '@calibrate/contracts';
import {
  applyDecorators,
  Body,
  Controller,
  Get,
  Inject,
  Put,
  Query,
  Redirect,
  Req,
  Res,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Public, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig } from '../../config/env';
import { AuthService } from './auth.service';
import { SESSION_COOKIE, setSessionCookies } from './session-cookies';
import { SsoService } from './sso.service';
import { SsoStateCookies } from './sso-state';

class AuthMethodsDto extends createZodDto(authMethodsSchema) {}
class SsoLoginQueryDto extends createZodDto(ssoLoginQuerySchema) {}
class SsoCallbackQueryDto extends createZodDto(ssoCallbackQuerySchema) {}
class SsoSettingsDto extends createZodDto(ssoSettingsSchema) {}
class UpdateSsoSettingsDto extends createZodDto(updateSsoSettingsSchema) {}

/** A route that answers with a 302 (Nest's @Redirect), documented with where it sends the browser. */
const ApiRedirect = (description: string) =>
  applyDecorators(
    Redirect(),
    ApiResponse({
      status: 302,
      description,
      headers: { Location: { schema: { type: 'string' } } },
    }),
  );
const signInFailed = (reason: string) => `/login?sso_error=${reason}`;

/** Single sign-on with the deployment's OpenID Connect provider. */
@ApiTags('auth')
@Controller({ path: 'auth', version: VERSION_NEUTRAL })
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly states: SsoStateCookies,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the sign-in page offers. */
  @Public()
  @Get('methods')
  @ApiOperation({ summary: 'List the sign-in methods of this deployment' })
  @ZodResponse({ type: AuthMethodsDto })
  methods() {
    return this.sso.methods();
  }

  /** Leaves for the IdP; the attempt (state, nonce, PKCE verifier, next) stays in a cookie. */
  @Public()
  @Get('oidc/login')
  @ApiOperation({ summary: 'Start a single sign-on at the identity provider' })
  @ApiRedirect(
    'To the identity provider; or to /login?sso_error=idp_unavailable when it cannot be reached.',
  )
  @ApiErrors('SSO_NOT_CONFIGURED', 'DATABASE_UNAVAILABLE')
  async login(
    @Query() query: SsoLoginQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const started = await this.sso.begin(query.next);
    if ('reason' in started) return { url: signInFailed(started.reason), statusCode: 302 };
    await this.states.set(request, reply, started.attempt);
    return { url: started.url, statusCode: 302 };
  }

  /**
   * Where the IdP sends the browser back: a session and the app, or the sign-in page with the
   * reason (`sso_error`) it shows.
   */
  @Public()
  @Get('oidc/callback')
  @ApiOperation({ summary: 'Finish a single sign-on' })
  @ApiRedirect(
    'Signed in: to the app path the sign-in started from, with the session cookies. Refused: to /login?sso_error=<reason>.',
  )
  @ApiErrors('SSO_NOT_CONFIGURED', 'DATABASE_UNAVAILABLE')
  async callback(
    @Query() query: SsoCallbackQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const attempt = await this.states.read(request);
    this.states.clear(reply);
    const rawQuery = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const outcome = await this.sso.finish(query, rawQuery, attempt);
    if ('reason' in outcome) return { url: signInFailed(outcome.reason), statusCode: 302 };
    // Rotation, as for a password sign-in: the session id the browser had before is void.
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await this.auth.logout(previous);
    setSessionCookies(request, reply, outcome.session, this.config.sessionMaxHours * 60 * 60);
    return { url: outcome.next, statusCode: 302 };
  }
}

/** Admins choose what happens to people who sign in with SSO without an account. */
@ApiTags('users')
@Requires('users.manage')
@Controller({ path: 'sso-settings', version: '1' })
export class SsoSettingsController {
  constructor(private readonly sso: SsoService) {}

  @Get()
  @ApiOperation({ summary: 'Read the single sign-on settings' })
  @ZodResponse({ type: SsoSettingsDto })
  settings() {
    return this.sso.settings();
  }

  @Put()
  @ApiOperation({ summary: 'Choose the role of people provisioned by single sign-on' })
  @ZodResponse({ type: SsoSettingsDto })
  update(@Body() body: UpdateSsoSettingsDto, @CurrentUser() actor: SessionUser) {
    return this.sso.updateSettings(body, actor);
  }
}
