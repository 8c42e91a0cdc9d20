import {
  createUserSchema,
  passwordResetLinkSchema,
  peopleSchema,
  updateUserSchema,
  userIdParamsSchema,
  userListSchema,
  userSchema,
} from '@calibrate/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { UsersService } from './users.service';

class PeopleDto extends createZodDto(peopleSchema) {}

class CreateUserDto extends createZodDto(createUserSchema) {}
class UpdateUserDto extends createZodDto(updateUserSchema) {}
class UserIdParamsDto extends createZodDto(userIdParamsSchema) {}
class UserDto extends createZodDto(userSchema) {}
class UserListDto extends createZodDto(userListSchema) {}
class PasswordResetLinkDto extends createZodDto(passwordResetLinkSchema) {}

@ApiTags('users')
@Requires('users.manage')
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ZodResponse({ type: UserListDto })
  @ApiOperation({ summary: 'List users' })
  async list() {
    return { items: await this.users.list() };
  }

  @Post()
  @ZodResponse({ status: 201, type: UserDto })
  @ApiOperation({
    summary: 'Create a user',
    description:
      'With password sign-in on, `password` is required; with it off (`GET /api/auth/methods`), it must be left out: the person signs in through single sign-on.',
  })
  @ApiErrors('USER_EMAIL_TAKEN')
  create(@Body() body: CreateUserDto, @CurrentUser() actor: SessionUser) {
    return this.users.create(body, actor);
  }

  @Patch(':userId')
  @ZodResponse({ type: UserDto })
  @ApiOperation({ summary: 'Change a user’s name, role or active flag' })
  @ApiErrors('NOT_FOUND')
  update(
    @Param() params: UserIdParamsDto,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: SessionUser,
  ) {
    return this.users.update(params.userId, body, actor);
  }

  /**
   * A one-time password reset link for the user, shown to the admin once; their sessions end.
   * 403 PASSWORD_SIGN_IN_DISABLED while people sign in only through single sign-on.
   */
  @Post(':userId/password-reset')
  @HttpCode(201)
  @ZodResponse({ status: 201, type: PasswordResetLinkDto })
  @ApiOperation({ summary: 'Issue a password reset link for a user' })
  @ApiErrors('NOT_FOUND', 'PASSWORD_SIGN_IN_DISABLED')
  issuePasswordReset(@Param() params: UserIdParamsDto, @CurrentUser() actor: SessionUser) {
    return this.users.issuePasswordReset(params.userId, actor);
  }
}

/** Active people by name and role: what scheduling and job forms pick from. */
@ApiTags('users')
@Controller({ path: 'people', version: '1' })
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Requires('people.list')
  @ZodResponse({ type: PeopleDto })
  @ApiOperation({ summary: 'List active people by name and role' })
  async list() {
    const users = await this.users.list();
    return {
      items: users
        .filter((user) => user.active)
        .map((user) => ({ id: user.id, name: user.name, role: user.role })),
    };
  }
}
