import { Global, Module } from '@nestjs/common';

import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionsRepository } from './sessions.repository';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionsRepository],
  exports: [AuthService, SessionsRepository],
})
export class AuthModule {}
