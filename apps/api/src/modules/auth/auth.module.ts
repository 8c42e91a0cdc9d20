import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DeviceCookies } from './device-cookies';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordsService } from './passwords.service';
import { SessionsRepository } from './sessions.repository';

@Global()
@Module({
  controllers: [AuthController],
  // Every route of the app goes through the session guard unless it is @Public.
  providers: [
    AuthService,
    DeviceCookies,
    PasswordsService,
    SessionsRepository,
    PasswordResetsRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SessionsRepository, PasswordResetsRepository],
})
export class AuthModule {}
