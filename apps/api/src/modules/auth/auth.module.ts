import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AppSecretsRepository } from './app-secrets.repository';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DeviceCookies } from './device-cookies';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordsService } from './passwords.service';
import { SessionsRepository } from './sessions.repository';
import { SsoController, SsoSettingsController } from './sso.controller';
import { SsoService } from './sso.service';
import { SsoIdentitiesRepository } from './sso-identities.repository';
import { SsoStateCookies } from './sso-state';

@Global()
@Module({
  controllers: [AuthController, SsoController, SsoSettingsController],
  // Every route of the app goes through the session guard unless it is @Public.
  providers: [
    AuthService,
    AppSecretsRepository,
    DeviceCookies,
    PasswordsService,
    SessionsRepository,
    PasswordResetsRepository,
    SsoService,
    SsoIdentitiesRepository,
    SsoStateCookies,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SessionsRepository, PasswordResetsRepository],
})
export class AuthModule {}
